using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KommunHubben.Persistence.Configurations;

/// <summary>Maps <see cref="OfficerProfile"/> to the table <c>officer_profiles</c>.</summary>
internal sealed class OfficerProfileConfiguration : IEntityTypeConfiguration<OfficerProfile>
{
    public void Configure(EntityTypeBuilder<OfficerProfile> builder)
    {
        builder.ToTable("officer_profiles");
        builder.HasKey(x => x.OfficerId);
        builder.Property(x => x.OfficerId).HasMaxLength(64);
        builder.Property(x => x.Skills).HasMaxLength(200);
        builder.Ignore(x => x.SkillSet);
    }
}

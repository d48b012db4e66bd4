using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KommunHubben.Persistence.Configurations;

/// <summary>Maps <see cref="OfficerAbsence"/> to the table <c>officer_absences</c>.</summary>
internal sealed class OfficerAbsenceConfiguration : IEntityTypeConfiguration<OfficerAbsence>
{
    public void Configure(EntityTypeBuilder<OfficerAbsence> builder)
    {
        builder.ToTable("officer_absences");
        builder.Property(x => x.OfficerId).HasMaxLength(64);
        builder.Property(x => x.RegisteredBy).HasMaxLength(64);
        builder.HasIndex(x => x.OfficerId);
    }
}

using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KommunHubben.Persistence.Configurations;

/// <summary>The table <c>officer_loads</c>: one row per officer and case type; its trigger is in the migration OfficerLoads.</summary>
public sealed class OfficerLoadConfiguration : IEntityTypeConfiguration<OfficerLoad>
{
    public void Configure(EntityTypeBuilder<OfficerLoad> e)
    {
        e.ToTable("officer_loads");
        e.HasKey(x => new { x.OfficerId, x.Type });
        e.Property(x => x.OfficerId).HasMaxLength(64);
    }
}

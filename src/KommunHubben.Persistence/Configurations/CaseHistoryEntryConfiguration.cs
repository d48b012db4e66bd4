using KommunHubben.Domain.Cases;
using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KommunHubben.Persistence.Configurations;

/// <summary>Maps <see cref="CaseHistoryEntry"/> to the table <c>case_history</c>.</summary>
internal sealed class CaseHistoryEntryConfiguration : IEntityTypeConfiguration<CaseHistoryEntry>
{
    public void Configure(EntityTypeBuilder<CaseHistoryEntry> builder)
    {
        builder.ToTable("case_history");
        builder.Property(x => x.ActorId).HasMaxLength(64);
        builder.HasIndex(x => new { x.CaseId, x.Id });
    }
}

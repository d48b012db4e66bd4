using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KommunHubben.Persistence.Configurations;

/// <summary>Maps <see cref="RetentionLogEntry"/> (the deletion log) to the table <c>retention_log</c>.</summary>
internal sealed class RetentionLogEntryConfiguration : IEntityTypeConfiguration<RetentionLogEntry>
{
    public void Configure(EntityTypeBuilder<RetentionLogEntry> builder)
    {
        builder.ToTable("retention_log");
        builder.Property(x => x.Kind).HasMaxLength(64);
        builder.Property(x => x.Rule).HasMaxLength(200);
        builder.Property(x => x.CaseReference).HasMaxLength(64);
        builder.HasIndex(x => x.CaseId);
        builder.HasIndex(x => x.At);
    }
}

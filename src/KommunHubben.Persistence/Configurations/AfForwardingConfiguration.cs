using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KommunHubben.Persistence.Configurations;

/// <summary>Maps <see cref="AfForwarding"/> to the table <c>af_forwardings</c>.</summary>
internal sealed class AfForwardingConfiguration : IEntityTypeConfiguration<AfForwarding>
{
    public void Configure(EntityTypeBuilder<AfForwarding> builder)
    {
        builder.ToTable("af_forwardings");
        builder.HasKey(x => x.CaseId);
        builder.Property(x => x.IdempotencyKey).HasMaxLength(64);
        builder.HasIndex(x => x.IdempotencyKey).IsUnique();
        builder.Property(x => x.LastError).HasMaxLength(64);
        builder.Property(x => x.AfReference).HasMaxLength(64);
        builder.Property(x => x.AfStatus).HasMaxLength(32);
        builder.Property(x => x.AfOutcome).HasMaxLength(64);
        builder.Property(x => x.AfETag).HasMaxLength(128);
        builder.Property(x => x.AcknowledgedStatus).HasMaxLength(32);
        builder.HasIndex(x => new { x.Status, x.LastPolledAt });
    }
}

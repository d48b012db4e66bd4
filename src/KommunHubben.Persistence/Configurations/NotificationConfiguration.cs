using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KommunHubben.Persistence.Configurations;

/// <summary>Maps <see cref="Notification"/> to the table <c>notifications</c>.</summary>
internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.Property(x => x.RecipientId).HasMaxLength(64);
        builder.Property(x => x.Kind).HasMaxLength(64);
        builder.HasIndex(x => new { x.RecipientId, x.Id });
        // The workflow asks once per batch which once-only notices its cases already have: without this index that
        // question reads every notice ever written.
        builder.HasIndex(x => new { x.CaseId, x.Kind });
    }
}

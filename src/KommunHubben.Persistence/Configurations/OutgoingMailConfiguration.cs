using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KommunHubben.Persistence.Configurations;

public sealed class OutgoingMailConfiguration : IEntityTypeConfiguration<OutgoingMail>
{
    public void Configure(EntityTypeBuilder<OutgoingMail> e)
    {
        e.ToTable("outgoing_mails");
        e.Property(x => x.RecipientId).HasMaxLength(64);
        e.Property(x => x.Kind).HasMaxLength(64);
        e.Property(x => x.MessageId).HasMaxLength(200);
        e.Property(x => x.LastError).HasMaxLength(64);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        // One record per notice and per (recipient, day) digest: the backstop against two workers planning one mail.
        e.HasIndex(x => x.NotificationId).IsUnique();
        e.HasIndex(x => new { x.RecipientId, x.DigestDay }).IsUnique();
        e.HasIndex(x => x.MessageId).IsUnique();
        e.HasIndex(x => new { x.Status, x.NextAttemptAt });
        e.HasIndex(x => new { x.RecipientId, x.Status });
        e.HasIndex(x => new { x.CaseId, x.Kind });
        e.HasIndex(x => x.DigestMailId);
    }
}

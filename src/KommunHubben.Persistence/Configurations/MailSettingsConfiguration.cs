using KommunHubben.Domain.Notifications;
using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KommunHubben.Persistence.Configurations;

public sealed class MailSettingsConfiguration : IEntityTypeConfiguration<MailSettings>
{
    public void Configure(EntityTypeBuilder<MailSettings> e)
    {
        e.ToTable("mail_settings");
        e.HasKey(x => x.UserId);
        e.Property(x => x.UserId).HasMaxLength(64);
        e.Property(x => x.Address).HasMaxLength(254);
        e.Property(x => x.Language).HasMaxLength(8);
        foreach (var column in new[] { nameof(MailSettings.NewCase), nameof(MailSettings.WaitingForYou), nameof(MailSettings.Decision), nameof(MailSettings.DeadlineBreached), nameof(MailSettings.Other) })
            e.Property<MailDelivery>(column).HasConversion<string>().HasMaxLength(16);
    }
}

using KommunHubben.Domain.Notifications;
using KommunHubben.Domain.Organisation;

namespace KommunHubben.Persistence.Entities;

/// <summary>
/// One person's e-mail choices: where to, in which language, at what hour the daily digest comes, and per kind of
/// notice how (<see cref="MailDelivery"/>). A person without a row gets the defaults of their role
/// (<see cref="MailDefaults"/>) and the configured default address, if any.
/// </summary>
public sealed class MailSettings
{
    public required string UserId { get; init; }
    /// <summary>The person's work address. Staff data, not a jobseeker's; never logged.</summary>
    public string? Address { get; set; }
    /// <summary>"sv" or "en".</summary>
    public string Language { get; set; } = "sv";
    /// <summary>Stockholm local hour (0–23) after which the day's digest is sent.</summary>
    public int DigestHour { get; set; } = MailDefaults.DigestHour;
    public MailDelivery NewCase { get; set; }
    public MailDelivery WaitingForYou { get; set; }
    public MailDelivery Decision { get; set; }
    public MailDelivery DeadlineBreached { get; set; }
    public MailDelivery Other { get; set; }
    public DateTime UpdatedAt { get; set; }

    public static MailSettings DefaultsFor(string userId, Role role) => new()
    {
        UserId = userId,
        NewCase = MailDefaults.For(role, NoticeCategory.NewCase),
        WaitingForYou = MailDefaults.For(role, NoticeCategory.WaitingForYou),
        Decision = MailDefaults.For(role, NoticeCategory.Decision),
        DeadlineBreached = MailDefaults.For(role, NoticeCategory.DeadlineBreached),
        Other = MailDefaults.For(role, NoticeCategory.Other),
    };

    public MailDelivery DeliveryOf(NoticeCategory category) => category switch
    {
        NoticeCategory.NewCase => NewCase,
        NoticeCategory.WaitingForYou => WaitingForYou,
        NoticeCategory.Decision => Decision,
        NoticeCategory.DeadlineBreached => DeadlineBreached,
        _ => Other,
    };

    public void Choose(NoticeCategory category, MailDelivery delivery)
    {
        switch (category)
        {
            case NoticeCategory.NewCase: NewCase = delivery; break;
            case NoticeCategory.WaitingForYou: WaitingForYou = delivery; break;
            case NoticeCategory.Decision: Decision = delivery; break;
            case NoticeCategory.DeadlineBreached: DeadlineBreached = delivery; break;
            default: Other = delivery; break;
        }
    }
}

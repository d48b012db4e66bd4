using KommunHubben.Domain.Organisation;

namespace KommunHubben.Domain.Notifications;

/// <summary>
/// What a person gets before they choose: contact persons hear at once when someone waits for them and when a case is
/// decided; officers get new cases in their queue as a daily digest and everything waiting on them at once; a breached
/// deadline reaches the officer and the coordinators at once. Coordinators and administrators get nothing else.
/// </summary>
public static class MailDefaults
{
    public const int DigestHour = 7;

    public static MailDelivery For(Role role, NoticeCategory category) => (role, category) switch
    {
        (_, NoticeCategory.DeadlineBreached) => MailDelivery.Immediately,
        (Role.ContactPerson, NoticeCategory.WaitingForYou or NoticeCategory.Decision) => MailDelivery.Immediately,
        (Role.ContactPerson, _) => MailDelivery.DailyDigest,
        (Role.Officer, NoticeCategory.NewCase) => MailDelivery.DailyDigest,
        (Role.Officer, NoticeCategory.WaitingForYou) => MailDelivery.Immediately,
        (Role.Officer, _) => MailDelivery.DailyDigest,
        _ => MailDelivery.Off,
    };
}

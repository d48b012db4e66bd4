namespace KommunHubben.Domain.Notifications;

/// <summary>
/// The kinds of notice a person chooses an e-mail delivery for. Each notification kind the hub writes belongs to one
/// (<see cref="NoticeCategories.Of"/>); the order is the urgency a digest lists them in, most urgent first.
/// </summary>
public enum NoticeCategory
{
    /// <summary>A service-level deadline passed (the officer's or the contact person's).</summary>
    DeadlineBreached,
    /// <summary>Someone waits for this person: a supplement asked or answered, a message on a case, a reminder, a consent about to end.</summary>
    WaitingForYou,
    /// <summary>A decision on one of the person's cases.</summary>
    Decision,
    /// <summary>A new case in the officer's queue (also one moved to them).</summary>
    NewCase,
    /// <summary>Everything else: a follow-up due, a case stopped when consent was withdrawn or expired.</summary>
    Other,
}

public static class NoticeCategories
{
    public static NoticeCategory Of(string kind) => kind switch
    {
        _ when kind.StartsWith("Breach", StringComparison.Ordinal) => NoticeCategory.DeadlineBreached,
        _ when kind.StartsWith("Reminder", StringComparison.Ordinal) => NoticeCategory.WaitingForYou,
        // A consent about to end needs the contact person to ask for a new one, or the case stops.
        "SupplementRequested" or "SupplementAnswered" or "MessageReceived" or "ConsentExpiresSoon" => NoticeCategory.WaitingForYou,
        "CaseDecided" => NoticeCategory.Decision,
        "NewCase" or "CaseRedistributedToYou" => NoticeCategory.NewCase,
        _ => NoticeCategory.Other,
    };
}

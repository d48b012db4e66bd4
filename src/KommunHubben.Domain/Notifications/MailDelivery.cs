namespace KommunHubben.Domain.Notifications;

/// <summary>How a person wants one kind of notice by e-mail. The in-app notice is written whatever they choose.</summary>
public enum MailDelivery
{
    Immediately,
    /// <summary>Collected into one mail a working day, at the person's chosen hour.</summary>
    DailyDigest,
    Off,
}

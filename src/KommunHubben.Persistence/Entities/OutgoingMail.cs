namespace KommunHubben.Persistence.Entities;

/// <summary>What became of one notice by e-mail, or one digest.</summary>
public enum OutgoingMailStatus
{
    /// <summary>To be sent (from <see cref="OutgoingMail.NextAttemptAt"/>).</summary>
    Pending,
    Sent,
    /// <summary>A notice waiting for its recipient's next digest.</summary>
    HeldForDigest,
    /// <summary>A notice listed in the digest <see cref="OutgoingMail.DigestMailId"/>.</summary>
    Digested,
    /// <summary>The recipient chose no mail for this kind, is not active, or the notice was too old when mail started.</summary>
    Skipped,
    /// <summary>The recipient has no e-mail address.</summary>
    NoAddress,
}

/// <summary>
/// The sent-mail record: one row per notification (unique <see cref="NotificationId"/>), written in the same
/// transaction that claims the notification, and one row per digest (unique recipient and day). Its
/// <see cref="MessageId"/> is derived from the notification id (or recipient and day), so a send repeated after a
/// crash carries the same Message-ID and a mail server or client recognises the copy. Holds no content: the mail is
/// composed at sending from codes, the case's reference and the recipient's settings.
/// </summary>
public sealed class OutgoingMail
{
    public long Id { get; init; }
    public long? NotificationId { get; init; }
    public required string RecipientId { get; init; }
    /// <summary>The notification kind ("NewCase", …) or "Digest".</summary>
    public required string Kind { get; init; }
    public Guid? CaseId { get; init; }
    /// <summary>For a digest: the Stockholm working day it covers.</summary>
    public DateOnly? DigestDay { get; init; }
    public required string MessageId { get; init; }
    public OutgoingMailStatus Status { get; set; }
    public required DateTime CreatedAt { get; init; }
    public DateTime NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    /// <summary>The exception type of the last failed attempt (never its message, which could quote an address).</summary>
    public string? LastError { get; set; }
    public DateTime? SentAt { get; set; }
    public long? DigestMailId { get; set; }
}

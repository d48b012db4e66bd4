namespace KommunHubben.Persistence.Entities;

/// <summary>That one person has read one message, and when: the "read by" shown under each message and the source of
/// unread counts. Holds no content, only who and when.</summary>
public sealed class CaseMessageRead
{
    public required long MessageId { get; init; }
    public required string ReaderId { get; init; }
    public required DateTime ReadAt { get; init; }
}

namespace KommunHubben.Persistence.Messaging;

/// <summary>Marks that a consumer has handled a message. Written in the same transaction as the handler's
/// effects, so a redelivered message finds it and does nothing twice.</summary>
public sealed class InboxMessage
{
    public required Guid MessageId { get; init; }
    public required string Consumer { get; init; }
    public required DateTime ProcessedAt { get; init; }
}

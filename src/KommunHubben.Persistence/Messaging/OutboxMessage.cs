namespace KommunHubben.Persistence.Messaging;

/// <summary>A message waiting to be published. Written in the same transaction as the state change that
/// caused it; the relay publishes it after commit with <see cref="MessageId"/> as the broker message id, so a
/// second publish after a crash is recognised by the consumers' inbox.</summary>
public sealed class OutboxMessage
{
    public long Id { get; init; }
    public required Guid MessageId { get; init; }
    public required string MessageType { get; init; }
    public required string Body { get; init; }
    public required DateTime CreatedAt { get; init; }
    public DateTime? PublishedAt { get; set; }
}

namespace KommunHubben.Workflow.Events;

/// <summary>
/// A delivered workflow event as its handler's queue keeps it: what a batch needs, copied from the bus's consume context
/// when the message arrives. The context itself must not be read later: it lives only while its consumer waits. When the
/// broker connection is lost the consumer stops waiting, MassTransit disposes the context, and reading it then throws
/// (its <c>CancellationToken</c> throws <see cref="ObjectDisposedException"/>) — which once ended a handler's queue loop
/// and stopped that handler for good after a broker restart.
/// A class, not a record: two deliveries of one message are two entries, each told when it is done.
/// </summary>
public sealed class QueuedMessage<T>(Guid messageId, T message, CancellationToken abandoned) where T : class
{
    public Guid MessageId { get; } = messageId;

    public T Message { get; } = message;

    /// <summary>Cancelled when the consumer stopped waiting (its endpoint stopped, its connection was lost): the broker
    /// delivers the message again, so a batch not yet formed leaves it out.</summary>
    public CancellationToken Abandoned { get; } = abandoned;
}

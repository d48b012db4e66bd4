namespace KommunHubben.Messaging.Outbox;

/// <summary>
/// The message types some hub endpoint consumes (by contract name). The relay publishes these with RabbitMQ's
/// mandatory flag: while no queue is bound for one — its consumer has never started on this broker — the broker
/// returns the message and the outbox row stays unpublished until the consumer's queue exists. Types nobody consumes
/// (informational events) are published without it, or they would wait forever.
/// </summary>
public sealed class RoutedMessageTypes(IEnumerable<string> names)
{
    private readonly HashSet<string> _names = new(names, StringComparer.Ordinal);

    public static RoutedMessageTypes None { get; } = new([]);

    public bool MustBeRouted(string messageType) => _names.Contains(messageType);

    public IReadOnlyCollection<string> Names => _names;
}

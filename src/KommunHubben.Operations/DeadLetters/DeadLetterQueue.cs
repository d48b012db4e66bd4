using KommunHubben.Messaging.Bus;
using RabbitMQ.Client;

namespace KommunHubben.Operations.DeadLetters;

/// <summary>
/// One error or dead-letter queue opened for reading. Messages are taken with basic.get and no auto-ack, so the broker
/// keeps them until this session acknowledges one (removed) or returns it; whatever is still held when the session ends
/// is returned to the queue in the order it was taken (and the broker returns it anyway if the process dies).
/// </summary>
public sealed class DeadLetterQueue : IAsyncDisposable
{
    private readonly BrokerConnection _broker;
    private readonly IChannel _channel;
    private readonly SortedSet<ulong> _held = [];
    private readonly Dictionary<string, bool> _targets = new(StringComparer.Ordinal);

    public string Name { get; }

    /// <summary>Messages in the queue when it was opened; a session never takes more, so messages that fail again during a re-drive are not taken twice.</summary>
    public uint CountAtStart { get; }

    private DeadLetterQueue(BrokerConnection broker, IChannel channel, string name, uint count)
    {
        _broker = broker;
        _channel = channel;
        Name = name;
        CountAtStart = count;
    }

    /// <summary>The queue name must be one of the dead-letter queues the hub declares (a usage error otherwise).</summary>
    public static string Validate(string queue) =>
        KnownEndpoints.DeadLetterQueues.Contains(queue, StringComparer.Ordinal)
            ? queue
            : throw new NotADeadLetterQueueException($"'{queue}' is not one of the hub's dead-letter queues: {string.Join(", ", KnownEndpoints.DeadLetterQueues)}.");

    public static async Task<DeadLetterQueue> OpenAsync(BrokerConnection broker, string queue)
    {
        var count = await broker.RequireQueueAsync(queue);
        var channel = await broker.CreateChannelAsync();
        // Messages we hold are not handed out further; a get never takes more than one anyway.
        return new DeadLetterQueue(broker, channel, queue, count);
    }

    /// <summary>Takes the next message without removing it, or null when the queue has no more for us.</summary>
    public async Task<DeadLetter?> TakeAsync()
    {
        var result = await _channel.BasicGetAsync(Name, autoAck: false);
        if (result is null) return null;
        _held.Add(result.DeliveryTag);
        return new DeadLetter(result);
    }

    /// <summary>Takes messages one by one (at most <see cref="CountAtStart"/>) until one has the id; others stay held.</summary>
    public async Task<(DeadLetter? Match, int Looked)> FindAsync(string messageId)
    {
        for (var looked = 0; looked < CountAtStart;)
        {
            var message = await TakeAsync();
            if (message is null) return (null, looked);
            looked++;
            if (message.HasId(messageId)) return (message, looked);
        }
        return (null, (int)CountAtStart);
    }

    /// <summary>Removes the message from the queue for good.</summary>
    public async Task RemoveAsync(DeadLetter message)
    {
        await _channel.BasicAckAsync(message.DeliveryTag, multiple: false);
        _held.Remove(message.DeliveryTag);
    }

    /// <summary>
    /// Re-publishes the message to its endpoint's input queue (body and headers as they were, minus the fault headers)
    /// and waits for the broker's confirm; only then is the dead letter removed. If the process dies in between, the
    /// dead letter is still there and the endpoint gets a duplicate, which its inbox ignores. <paramref name="confirmed"/>
    /// runs between the broker's confirm and the removal (the audit entry): if it fails, the dead letter stays.
    /// </summary>
    public async Task<string> RedriveAsync(DeadLetter message, Func<string, Task>? confirmed = null)
    {
        var target = message.RedriveTarget(Name);
        if (!_targets.TryGetValue(target, out var exists))
            _targets[target] = exists = await _broker.MessageCountAsync(target) is not null;
        if (!exists)
            throw new CannotRedriveException($"cannot re-drive {message.MessageId}: its endpoint queue '{target}' does not exist in virtual host '{_broker.Options.VirtualHost}'.");
        try
        {
            // The default exchange routes by queue name; mandatory makes an unroutable publish an error, not a silent drop.
            await _channel.BasicPublishAsync("", target, mandatory: true, message.RedriveProperties(), message.Body);
        }
        catch (RabbitMQ.Client.Exceptions.PublishException ex)
        {
            throw new DeadLetterOperationException(
                $"the broker did not confirm the re-drive of {message.MessageId} to {target} ({(ex.IsReturn ? "returned as unroutable" : "nacked")}); the message stays in {Name}.");
        }
        if (confirmed is not null) await confirmed(target);
        await RemoveAsync(message);
        return target;
    }

    /// <summary>Returns every held message to the queue, in the order taken.</summary>
    public async Task ReturnHeldAsync()
    {
        foreach (var tag in _held.ToList())
        {
            await _channel.BasicNackAsync(tag, multiple: false, requeue: true);
            _held.Remove(tag);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_channel.IsOpen) await ReturnHeldAsync();
            await _channel.CloseAsync();
        }
        catch (Exception)
        {
            // Closing the channel (or the connection) returns anything still held; nothing is lost.
        }
        _channel.Dispose();
    }
}

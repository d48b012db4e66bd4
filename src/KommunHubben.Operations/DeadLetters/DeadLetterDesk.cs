using KommunHubben.Messaging.Bus;

namespace KommunHubben.Operations.DeadLetters;

/// <summary>
/// The administrators' dead-letter operations, for khub and the web workspace alike: list the queues with their
/// counts, inspect messages without removing them, re-drive them to their endpoint, discard one with a reason. Each
/// operation opens its own connection and returns, on closing it, every message it took but did not remove.
/// </summary>
public sealed class DeadLetterDesk(RabbitMqOptions options, string clientName)
{
    public sealed record QueueCount(string Queue, uint? Count);
    public sealed record Inspection(string Queue, uint Count, IReadOnlyList<DeadLetterSummary> Messages);
    public sealed record Redriven(DeadLetterSummary Message, string Target);
    public sealed record RedriveRun(IReadOnlyList<Redriven> Moved, IReadOnlyList<string> Skipped);

    public const int DefaultInspectMax = 20;

    public RabbitMqOptions Options => options;

    /// <summary>The hub's dead-letter queues: each endpoint's <c>_error</c> queue and <c>khub-dead-letters</c>.</summary>
    public static IReadOnlyList<string> Queues => KnownEndpoints.DeadLetterQueues;

    /// <summary>Each dead-letter queue with its message count (null: not declared on the broker yet).</summary>
    public async Task<IReadOnlyList<QueueCount>> ListAsync()
    {
        await using var broker = await BrokerConnection.OpenAsync(options, clientName);
        var counts = new List<QueueCount>();
        foreach (var queue in Queues) counts.Add(new QueueCount(queue, await broker.MessageCountAsync(queue)));
        return counts;
    }

    /// <summary>
    /// The first <paramref name="max"/> messages without removing them. All are taken (basic.get, no ack) before any is
    /// returned, so none is shown twice; they are returned in the order taken, so the queue keeps its order. A quorum
    /// queue counts each return as a delivery (x-delivery-count), but the dead-letter queues have no delivery limit
    /// (see MessagingServices), so a message can be read as often as needed and stays where it is.
    /// </summary>
    public async Task<Inspection> InspectAsync(string queue, int max = DefaultInspectMax)
    {
        DeadLetterQueue.Validate(queue);
        await using var broker = await BrokerConnection.OpenAsync(options, clientName);
        await using var dead = await DeadLetterQueue.OpenAsync(broker, queue);
        var taken = new List<DeadLetterSummary>();
        while (taken.Count < Math.Min(max, dead.CountAtStart) && await dead.TakeAsync() is { } message)
            taken.Add(message.Describe());
        await dead.ReturnHeldAsync();
        return new Inspection(queue, dead.CountAtStart, taken);
    }

    /// <summary>Moves the message with the id back to its endpoint's input queue, recorded in the journal first.</summary>
    public async Task<Redriven> RedriveAsync(string queue, string messageId, string reason, IDeadLetterJournal journal, CancellationToken ct = default)
    {
        DeadLetterQueue.Validate(queue);
        await using var broker = await BrokerConnection.OpenAsync(options, clientName);
        await using var dead = await DeadLetterQueue.OpenAsync(broker, queue);
        var (match, looked) = await dead.FindAsync(messageId);
        if (match is null)
            throw new DeadLetterOperationException($"no message with id {messageId} in {queue} ({looked} message(s) looked at).");
        try
        {
            return await RedriveOneAsync(dead, match, reason, journal, ct);
        }
        catch (CannotRedriveException ex)
        {
            throw new DeadLetterOperationException(ex.Message);
        }
    }

    /// <summary>
    /// Moves every message that was in the queue when the run began back to its endpoint, in queue order (never more:
    /// a message that fails again meanwhile comes back to this queue). One that cannot go anywhere (no x-death, endpoint
    /// missing) is skipped, stays in the queue, and its reason is reported.
    /// </summary>
    public async Task<RedriveRun> RedriveAllAsync(string queue, string reason, IDeadLetterJournal journal, CancellationToken ct = default)
    {
        DeadLetterQueue.Validate(queue);
        await using var broker = await BrokerConnection.OpenAsync(options, clientName);
        await using var dead = await DeadLetterQueue.OpenAsync(broker, queue);
        var moved = new List<Redriven>();
        var skipped = new List<string>();
        for (var i = 0; i < dead.CountAtStart; i++)
        {
            if (await dead.TakeAsync() is not { } message) break;
            try
            {
                moved.Add(await RedriveOneAsync(dead, message, reason, journal, ct));
            }
            catch (CannotRedriveException ex)
            {
                skipped.Add(ex.Message);
            }
        }
        return new RedriveRun(moved, skipped);
    }

    /// <summary>Removes one message for good, recorded in the journal (with the reason) before it is removed.</summary>
    public async Task<DeadLetterSummary> DiscardAsync(string queue, string messageId, string reason, IDeadLetterJournal journal, CancellationToken ct = default)
    {
        DeadLetterQueue.Validate(queue);
        RequireReason(reason);
        await using var broker = await BrokerConnection.OpenAsync(options, clientName);
        await using var dead = await DeadLetterQueue.OpenAsync(broker, queue);
        var (match, looked) = await dead.FindAsync(messageId);
        if (match is null)
            throw new DeadLetterOperationException($"no message with id {messageId} in {queue} ({looked} message(s) looked at).");
        var summary = match.Describe();
        await journal.RecordAsync(new DeadLetterAction(DeadLetterActionKind.Discarded, queue, summary, null, reason), ct);
        await dead.RemoveAsync(match);
        return summary;
    }

    private static async Task<Redriven> RedriveOneAsync(DeadLetterQueue dead, DeadLetter message, string reason, IDeadLetterJournal journal, CancellationToken ct)
    {
        RequireReason(reason);
        var summary = message.Describe();
        var target = await dead.RedriveAsync(message, confirmedTarget =>
            journal.RecordAsync(new DeadLetterAction(DeadLetterActionKind.Redriven, dead.Name, summary, confirmedTarget, reason), ct));
        return new Redriven(summary, target);
    }

    private static void RequireReason(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new ArgumentException("A reason is required: the audit log records why.", nameof(reason));
    }
}

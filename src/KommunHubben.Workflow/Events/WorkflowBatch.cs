using KommunHubben.Messaging.Inbox;
using KommunHubben.Messaging.Outbox;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KommunHubben.Workflow.Events;

/// <summary>
/// Runs a workflow handler's effects over a batch of messages of one type with exactly-once effects over
/// at-least-once delivery: the effects of every message, one inbox row per message and any outgoing messages are
/// saved in ONE transaction. When the batch fails (a poison message, a conflict, the database gone) nothing of it is
/// kept and the messages are handled one at a time, each in its own transaction, with the workflow's retry
/// intervals (they cover database hiccups and an event that arrives before the step it reports is visible). Each
/// message that succeeds alone is reported done at once; what still fails after the last interval is reported with
/// its error, its consumer throws it, and MassTransit moves exactly those messages — not their batch — to the
/// endpoint's <c>_error</c> queue (<see cref="WorkflowQueue{THandler,T}"/> forms the batches).
/// </summary>
public sealed class WorkflowBatch(HubDbContext db, OutboxSignal signal, TimeProvider clock, ILogger<WorkflowBatch> log)
{
    /// <summary>The waits between attempts of a message handled alone (in-process: the Debian broker has no
    /// delayed-exchange plugin). About nine seconds in all.</summary>
    private static readonly int[] RetryMilliseconds = [50, 200, 500, 1000, 2000, 5000];

    /// <param name="handler">the handler's name, written in the inbox with each message it handled</param>
    /// <param name="effects">every effect of one message, in order, inside the transaction</param>
    /// <param name="finished">told of each message as soon as its effects are committed (null) or have failed for good</param>
    public async Task RunAsync<T>(IReadOnlyList<QueuedMessage<T>> messages, string handler, Func<WorkflowStep, T, Task> effects,
        Action<QueuedMessage<T>, Exception?> finished, CancellationToken ct) where T : class
    {
        var pending = messages;
        if (pending.Count > 1)
        {
            var failure = await TryAsync(pending, handler, effects, ct);
            if (failure is null)
            {
                foreach (var message in pending) finished(message, null);
                return;
            }
            log.LogInformation("A batch of {Count} {MessageType} failed ({Exception}); handling its messages one at a time",
                pending.Count, typeof(T).Name, failure.GetType().Name);
        }

        for (var attempt = 0; ; attempt++)
        {
            var failed = new List<(QueuedMessage<T> Message, Exception Error)>();
            foreach (var message in pending)
            {
                if (await TryAsync([message], handler, effects, ct) is { } error) failed.Add((message, error));
                else finished(message, null);
            }
            if (failed.Count == 0) return;
            if (attempt == RetryMilliseconds.Length)
            {
                foreach (var (message, error) in failed) finished(message, error);
                return;
            }
            pending = failed.Select(f => f.Message).ToList();
            await Task.Delay(RetryMilliseconds[attempt], ct);
        }
    }

    /// <returns>null when the messages' effects committed; otherwise what failed (nothing of the attempt is kept).</returns>
    private async Task<Exception?> TryAsync<T>(IReadOnlyList<QueuedMessage<T>> messages, string handler, Func<WorkflowStep, T, Task> effects, CancellationToken ct)
        where T : class
    {
        var step = new WorkflowStep(db, clock.GetUtcNow().UtcDateTime, ct);
        bool wroteOutbox;
        // The DbContext lives for the whole batch: an attempt starts from what the database holds, not from entities an
        // earlier attempt (failed, or a message before this one) left tracked.
        db.ChangeTracker.Clear();
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            // All or nothing: a savepoint before each SaveChanges would be a round trip for nothing.
            db.Database.AutoSavepointsEnabled = false;
            var claimed = await InboxClaim.ClaimAsync(db, messages.Select(m => m.MessageId).ToList(), handler, step.Now, ct);
            // Cases in one order in every transaction: two batches that touch the same cases (a case's CaseRouted and
            // its CaseClaimed, handled at once) take their rows one after the other instead of deadlocking.
            // Copies of one message delivered again into the same batch: its effects once, like its one inbox row; the
            // copies are done when it is.
            var ordered = messages.Where(m => claimed.Contains(m.MessageId)).DistinctBy(m => m.MessageId)
                .OrderBy(m => CaseKey<T>.Of(m.Message) ?? Guid.Empty).ToList();
            foreach (var skipped in messages.Where(m => !claimed.Contains(m.MessageId)))
                log.LogInformation("Message {MessageId} was already handled by {Consumer}; skipped", skipped.MessageId, handler);
            step.Messages = ordered.Select(m => (m.MessageId, (object)m.Message)).ToList();
            step.CaseIds = ordered.Select(m => CaseKey<T>.Of(m.Message)).OfType<Guid>().ToHashSet();
            foreach (var message in ordered)
            {
                step.MessageId = message.MessageId;
                await effects(step, message.Message);
            }
            // Saved once for the batch: the effects' checks (a step already planned, a notice already sent, a message
            // already reported) look at what the batch read once and what it has written since, not at the database.
            await db.SaveChangesAsync(ct);
            // Any outbox row the batch wrote is still tracked here (an effect may have saved early, e.g. the reporting's flush).
            wroteOutbox = db.ChangeTracker.Entries<OutboxMessage>().Any();
            await tx.CommitAsync(ct);
        }
        catch (Exception error) when (!ct.IsCancellationRequested)
        {
            // Nothing of the attempt is kept: the next one clears the change tracker as it starts.
            return error;
        }
        step.Committed();
        // Wake the relay only when there is something to publish: a wake-up that finds nothing is a query for nothing.
        if (wroteOutbox) signal.Notify();
        return null;
    }
}

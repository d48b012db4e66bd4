using KommunHubben.Persistence;
using KommunHubben.Persistence.Messaging;
using KommunHubben.Messaging.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KommunHubben.Messaging.Inbox;

/// <summary>
/// Exactly-once effects over at-least-once delivery. The handler's state changes, the inbox row
/// (message id + consumer) and any outgoing messages are saved in ONE transaction. A redelivered or duplicated
/// message finds its inbox row and does nothing. On PostgreSQL the row is claimed first with
/// <c>INSERT … ON CONFLICT DO NOTHING</c>: one round trip instead of a look and a write, and two copies handled at the
/// same moment queue on the row instead of racing (the second sees the first's commit and skips).
/// </summary>
public sealed class IdempotentHandler(HubDbContext db, OutboxSignal signal, TimeProvider clock, ILogger<IdempotentHandler> log)
{
    /// <returns>true when the work ran; false when this message had already been handled by this consumer.</returns>
    public async Task<bool> HandleOnceAsync(ConsumeContext context, string consumer, Func<HubDbContext, Task> work)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException("A message without a message id cannot be de-duplicated.");
        var ct = context.CancellationToken;

        bool wroteOutbox;
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            // This transaction is all or nothing: a savepoint before each SaveChanges would be a round trip for nothing.
            db.Database.AutoSavepointsEnabled = false;
            // The same claim the workflow's batches make, for a batch of one.
            var claimed = await InboxClaim.ClaimAsync(db, [messageId], consumer, clock.GetUtcNow().UtcDateTime, ct);
            if (claimed.Count == 0) return Skipped(messageId, consumer);
            await work(db);
            wroteOutbox = db.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch
        {
            // The DbContext lives for the whole consume scope; a retry must start from a clean slate.
            db.ChangeTracker.Clear();
            throw;
        }
        // Wake the relay only when there is something to publish: most handlers write none, and a wake-up that finds
        // nothing is a query for nothing.
        if (wroteOutbox) signal.Notify();
        return true;
    }

    private bool Skipped(Guid messageId, string consumer)
    {
        log.LogInformation("Message {MessageId} was already handled by {Consumer}; skipped", messageId, consumer);
        return false;
    }
}

using KommunHubben.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KommunHubben.Reporting.Projection;

/// <summary>
/// Exactly-once projection over at-least-once delivery, the inbox pattern with the history as the inbox: an event is
/// appended to <c>reporting_events</c> (message id unique) and folded into the projection in ONE transaction. A
/// redelivered or duplicated event finds its row and does nothing; two copies at the same moment race on the unique
/// message id, the loser rolls back and its retry then sees the row. The workflow's own <c>inbox</c> table is left to
/// the consumers whose effects it records (tests and the fault suite's reconciler count its rows per message).
/// </summary>
public sealed class ReportingInbox(HubDbContext db, TimeProvider clock, ILogger<ReportingInbox> log)
{
    /// <returns>true when the event was projected; false when the history already had it.</returns>
    public async Task<bool> ProjectOnceAsync(Guid messageId, object message, CancellationToken ct)
    {
        if (await db.ReportingEvents.AnyAsync(e => e.MessageId == messageId, ct))
        {
            log.LogInformation("Reporting already has message {MessageId}; skipped", messageId);
            return false;
        }
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await ReportingProjectionWriter.AppendAndApplyAsync(db, messageId, message, clock.GetUtcNow().UtcDateTime, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch
        {
            // The DbContext lives for the whole consume scope; a retry must start from a clean slate.
            db.ChangeTracker.Clear();
            throw;
        }
        return true;
    }
}

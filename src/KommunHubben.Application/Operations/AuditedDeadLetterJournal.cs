using KommunHubben.Application.Auditing;
using KommunHubben.Application.Users;
using KommunHubben.Operations.DeadLetters;
using KommunHubben.Persistence;

namespace KommunHubben.Application.Operations;

/// <summary>
/// Writes each re-drive and discard of a failed message to the audit log: who, which message (id and type), from
/// which queue to where, and why; with the case the message is about, so the case's audit trail shows it too. Used by
/// the web workspace and by khub, so both leave the same trace.
/// </summary>
public sealed class AuditedDeadLetterJournal(HubDbContext db, HubUser actor, TimeProvider clock) : IDeadLetterJournal
{
    public const string RedriveAction = "RedriveMessage";
    public const string DiscardAction = "DiscardMessage";
    private const int MaxReason = 500;

    public async Task RecordAsync(DeadLetterAction action, CancellationToken ct)
    {
        var message = action.Message;
        var what = action.Kind == DeadLetterActionKind.Redriven
            ? $"message {message.MessageId} ({message.MessageType}) from {action.Queue} to {action.Target}"
            : $"message {message.MessageId} ({message.MessageType}) discarded from {action.Queue}";
        var reason = $"{what}: {action.Reason.Trim()}";
        if (reason.Length > MaxReason) reason = reason[..(MaxReason - 1)] + "…";
        AuditTrail.Record(db, actor, action.Kind == DeadLetterActionKind.Redriven ? RedriveAction : DiscardAction,
            message.CaseId, reason, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }
}

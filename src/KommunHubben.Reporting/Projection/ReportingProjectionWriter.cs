using KommunHubben.Persistence;

namespace KommunHubben.Reporting.Projection;

/// <summary>
/// What the live workflow does with a batch of events inside its transaction: append them to the history first —
/// flushed at once, so during a rebuild it waits for the rebuild's lock and then reads the rebuilt rows — then read the
/// batch's reporting rows in one query; the caller folds each event in with the projector returned, and saves.
/// </summary>
public static class ReportingProjectionWriter
{
    public static async Task<CaseEventProjector> AppendBatchAsync(
        HubDbContext db, IReadOnlyList<(Guid MessageId, object Message)> events, IReadOnlyCollection<Guid> caseIds, DateTime now, CancellationToken ct)
    {
        foreach (var (messageId, message) in events) ReportingEventLog.Append(db, messageId, message, now);
        await db.SaveChangesAsync(ct);
        var projector = new CaseEventProjector(db);
        await projector.PreloadAsync(caseIds, ct);
        return projector;
    }
}

using KommunHubben.Persistence;

namespace KommunHubben.Reporting.Projection;

/// <summary>
/// What the live consumer does with one event inside its transaction: append it to the history first — flushed
/// at once, so during a rebuild it waits for the rebuild's lock and then reads the rebuilt rows — and then fold it in.
/// </summary>
public static class ReportingProjectionWriter
{
    public static async Task AppendAndApplyAsync(HubDbContext db, Guid messageId, object message, DateTime now, CancellationToken ct)
    {
        ReportingEventLog.Append(db, messageId, message, now);
        await db.SaveChangesAsync(ct);
        await new CaseEventProjector(db).ApplyAsync(messageId, message, ct);
    }

    /// <summary>The same for a batch of events in one transaction: every event appended and flushed at once (so a
    /// rebuild's lock is waited for once), then the batch's rows read in one query; the caller applies each event with
    /// the projector returned and saves.</summary>
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

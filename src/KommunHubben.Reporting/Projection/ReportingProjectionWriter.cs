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
}

using KommunHubben.Persistence;
using KommunHubben.Persistence.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace KommunHubben.Reporting.Projection;

/// <summary>
/// What the live workflow does with a batch of events inside its transaction: append to the history those it does not
/// have yet — at once, so during a rebuild it waits for the rebuild's lock and then reads the rebuilt rows — then read
/// the batch's reporting rows in one query; the caller folds each appended event in with the projector returned, and
/// saves. An event the history already has (a rebuild, or the projection's former endpoint, handled it) is not folded
/// in twice.
/// </summary>
public static class ReportingProjectionWriter
{
    /// <returns>the message ids the history already had, and the projector holding the batch's reporting rows</returns>
    public static async Task<(IReadOnlySet<Guid> AlreadyAppended, CaseEventProjector Projector)> AppendBatchAsync(
        HubDbContext db, IReadOnlyList<(Guid MessageId, object Message)> events, IReadOnlyCollection<Guid> caseIds, DateTime now, CancellationToken ct)
    {
        var entries = events.Select(e => ReportingEventLog.Entry(e.MessageId, e.Message, now)).ToList();
        var appended = db.Database.IsNpgsql() ? await InsertNewAsync(db, entries, ct) : await AddNewAsync(db, entries, ct);
        var projector = new CaseEventProjector(db);
        await projector.PreloadAsync(caseIds, ct);
        return (entries.Select(e => e.MessageId).Where(id => !appended.Contains(id)).ToHashSet(), projector);
    }

    /// <summary>PostgreSQL: one <c>INSERT … ON CONFLICT DO NOTHING RETURNING</c> appends what is new and says which it
    /// was, in one round trip; an event another transaction is appending at this moment is waited for, then found.</summary>
    private static async Task<HashSet<Guid>> InsertNewAsync(HubDbContext db, List<ReportingEvent> entries, CancellationToken ct)
    {
        var appended = new HashSet<Guid>();
        if (entries.Count == 0) return appended;
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The reporting history is appended inside the transaction of the events' effects.");
        command.CommandText = """
            INSERT INTO reporting_events ("MessageId", "CaseId", "MessageType", "Body", "RecordedAt")
            SELECT m, c, t, b, @now FROM unnest(@ids, @cases, @types, @bodies) WITH ORDINALITY AS e(m, c, t, b, n) ORDER BY n
            ON CONFLICT ("MessageId") DO NOTHING RETURNING "MessageId"
            """;
        command.Parameters.Add(new NpgsqlParameter("ids", entries.Select(e => e.MessageId).ToArray()));
        command.Parameters.Add(new NpgsqlParameter("cases", entries.Select(e => e.CaseId).ToArray()));
        command.Parameters.Add(new NpgsqlParameter("types", entries.Select(e => e.MessageType).ToArray()));
        command.Parameters.Add(new NpgsqlParameter("bodies", entries.Select(e => e.Body).ToArray()));
        command.Parameters.Add(new NpgsqlParameter("now", entries[0].RecordedAt));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) appended.Add(reader.GetGuid(0));
        return appended;
    }

    /// <summary>SQLite (the embedded single process, one writer): a look, then the new rows, flushed.</summary>
    private static async Task<HashSet<Guid>> AddNewAsync(HubDbContext db, List<ReportingEvent> entries, CancellationToken ct)
    {
        var ids = entries.Select(e => e.MessageId).ToArray();
        var already = await db.ReportingEvents.AsNoTracking().Where(e => ids.Contains(e.MessageId)).Select(e => e.MessageId).ToListAsync(ct);
        var fresh = entries.Where(e => !already.Contains(e.MessageId)).ToList();
        db.ReportingEvents.AddRange(fresh);
        await db.SaveChangesAsync(ct);
        return fresh.Select(e => e.MessageId).ToHashSet();
    }
}

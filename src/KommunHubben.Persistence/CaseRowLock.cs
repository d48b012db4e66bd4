using KommunHubben.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Persistence;

/// <summary>
/// Serialises the workflow's handlers per case. Two different messages about the same step of one case (a late copy
/// under a new id, an event arriving while its twin is being handled) would each find "not done yet" and both act;
/// holding the case's row lock until the handler's transaction commits makes the second one see the first's effect.
/// PostgreSQL only: SQLite (the embedded single process) has one writer at a time anyway.
/// </summary>
public static class CaseRowLock
{
    /// <summary>Takes the row lock of <paramref name="caseId"/> (if the case exists) in the current transaction.</summary>
    public static Task LockCaseAsync(this HubDbContext db, Guid caseId, CancellationToken ct) =>
        db.Database.IsNpgsql()
            ? db.Database.ExecuteSqlInterpolatedAsync($"""SELECT 1 FROM cases WHERE "Id" = {caseId} FOR UPDATE""", ct)
            : Task.CompletedTask;

    /// <summary>Takes the row locks of <paramref name="caseIds"/> in ascending id order, the order the workflow's batches
    /// take theirs: a transaction that changes many cases then waits for a batch instead of deadlocking with it.</summary>
    public static Task LockCasesAsync(this HubDbContext db, IReadOnlyCollection<Guid> caseIds, CancellationToken ct) =>
        db.Database.IsNpgsql() && caseIds.Count > 0
            ? db.Database.ExecuteSqlInterpolatedAsync($"""SELECT 1 FROM cases WHERE "Id" = ANY({caseIds.ToArray()}) ORDER BY "Id" FOR UPDATE""", ct)
            : Task.CompletedTask;

    /// <summary>Reads <paramref name="caseIds"/>' rows, tracked, taking their row locks in ascending id order in the same
    /// statement: a batch's cases in one round trip instead of a read and a lock per message.</summary>
    public static Task<List<CaseRecord>> LockAndReadCasesAsync(this HubDbContext db, IReadOnlyCollection<Guid> caseIds, CancellationToken ct) =>
        caseIds.Count == 0 ? Task.FromResult(new List<CaseRecord>())
        : db.Database.IsNpgsql()
            ? db.Cases.FromSqlInterpolated($"""SELECT * FROM cases WHERE "Id" = ANY({caseIds.ToArray()}) ORDER BY "Id" FOR UPDATE""").ToListAsync(ct)
            : db.Cases.Where(c => caseIds.Contains(c.Id)).ToListAsync(ct);
}

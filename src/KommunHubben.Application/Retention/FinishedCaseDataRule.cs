using KommunHubben.Domain.Cases;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Retention;

/// <summary>
/// Removes one kind of data from finished cases whose period has run out, one case type at a time (each type has its
/// own period). A batch: pick cases that still hold the data and have no legal hold in force, lock them (PostgreSQL:
/// FOR UPDATE SKIP LOCKED, so two workers split the work and a case being changed right now waits for the next round),
/// look again for holds set meanwhile, remove, log one line per case — all in one short transaction.
/// </summary>
public abstract class FinishedCaseDataRule : IRetentionRule
{
    private static readonly CaseStatus[] Finished = Enum.GetValues<CaseStatus>().Where(CaseLifecycle.IsTerminal).ToArray();

    public abstract string Kind { get; }

    /// <summary>This kind's period, in months, in one entry of the schedule.</summary>
    protected abstract int? Months(CaseDataRetention schedule);

    /// <summary>Narrows <paramref name="cases"/> to those that still hold this kind of data.</summary>
    protected abstract IQueryable<CaseRecord> StillHolding(HubDbContext db, IQueryable<CaseRecord> cases);

    /// <summary>Removes the data of <paramref name="caseIds"/> (already locked) and says how many items per case went.</summary>
    protected abstract Task<IReadOnlyDictionary<Guid, int>> RemoveAsync(HubDbContext db, IReadOnlyList<Guid> caseIds, CancellationToken ct);

    public async Task<int> RunBatchAsync(HubDbContext db, RetentionOptions options, DateTime now, CancellationToken ct)
    {
        foreach (var type in Enum.GetValues<CaseType>())
        {
            if (options.MonthsFor(type, Months) is not { } months) continue;
            var removed = await RunBatchAsync(db, type, months, options.BatchSize, now, ct);
            if (removed > 0) return removed;
        }
        return 0;
    }

    private async Task<int> RunBatchAsync(HubDbContext db, CaseType type, int months, int batchSize, DateTime now, CancellationToken ct)
    {
        // A finished case changes no more, so its last update is when it was finished.
        var finishedBefore = now.AddMonths(-months);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var candidates = await StillHolding(db, db.Cases.AsNoTracking()
                .Where(c => c.Type == type && Finished.Contains(c.Status) && c.UpdatedAt < finishedBefore)
                .Where(c => !db.LegalHolds.Any(h => h.CaseId == c.Id && h.LiftedAt == null)))
            .OrderBy(c => c.UpdatedAt).Select(c => c.Id).Take(batchSize).ToListAsync(ct);
        if (candidates.Count == 0) return 0;

        var locked = await LockAsync(db, candidates, ct);
        var heldMeanwhile = await db.LegalHolds.AsNoTracking()
            .Where(h => locked.Contains(h.CaseId) && h.LiftedAt == null).Select(h => h.CaseId).ToListAsync(ct);
        var ids = locked.Except(heldMeanwhile).ToList();
        if (ids.Count == 0) return 0;

        var counts = await RemoveAsync(db, ids, ct);
        var references = await CaseReferenceLookup.OfAsync(db, ids, ct);
        var rule = $"FinishedCase:{type}:{months}m";
        foreach (var (caseId, count) in counts.Where(c => c.Value > 0))
            db.RetentionLog.Add(new RetentionLogEntry
            {
                At = now, Kind = Kind, Rule = rule, CaseId = caseId, CaseReference = references.GetValueOrDefault(caseId), Count = count,
            });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return counts.Values.Sum();
    }

    /// <summary>The candidates nobody else holds a lock on, locked until commit. SQLite has one writer at a time anyway.</summary>
    private static async Task<List<Guid>> LockAsync(HubDbContext db, List<Guid> candidates, CancellationToken ct) =>
        db.Database.IsNpgsql()
            ? await db.Database.SqlQuery<Guid>($"""SELECT "Id" AS "Value" FROM cases WHERE "Id" = ANY({candidates.ToArray()}) FOR UPDATE SKIP LOCKED""").ToListAsync(ct)
            : candidates;
}

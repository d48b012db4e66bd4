using KommunHubben.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Persistence;

/// <summary>An officer's open cases of one type.</summary>
public sealed record OfficerTypeCount(string OfficerId, CaseType Type, int Count);

/// <summary>What routing reads about the officers' loads, and the lock that makes its choice one at a time.</summary>
public static class OfficerLoads
{
    /// <summary>Open cases per officer and type: the <c>officer_loads</c> rows on PostgreSQL, a count on SQLite.</summary>
    public static async Task<IReadOnlyList<OfficerTypeCount>> ReadOpenCasesAsync(this HubDbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
            return await db.OfficerLoads.AsNoTracking().Where(l => l.OpenCases > 0)
                .Select(l => new OfficerTypeCount(l.OfficerId, l.Type, l.OpenCases)).ToListAsync(ct);
        var open = CaseLifecycle.OpenInQueueStatuses.ToArray();
        var counts = await db.Cases.AsNoTracking()
            .Where(c => c.AssignedOfficerId != null && open.Contains(c.Status))
            .GroupBy(c => new { c.AssignedOfficerId, c.Type })
            .Select(g => new { g.Key.AssignedOfficerId, g.Key.Type, Count = g.Count() })
            .ToListAsync(ct);
        return counts.Select(c => new OfficerTypeCount(c.AssignedOfficerId!, c.Type, c.Count)).ToList();
    }

    /// <summary>Any number, the same in every process: the key of the transaction lock routing decisions take.</summary>
    public const long RoutingLockKey = 0x6B687562_726F7574; // "khubrout"

    /// <summary>
    /// Serialises the choice of officer until the current transaction ends: two workers (or two messages in one) that
    /// read the loads at the same instant would both pick the same least-loaded officer and could fill them over the
    /// cap. The second waits, then reads the load the first one's commit left. PostgreSQL only: SQLite has one writer.
    /// </summary>
    public static Task LockRoutingAsync(this HubDbContext db, CancellationToken ct) =>
        db.Database.IsNpgsql()
            ? db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({RoutingLockKey})", ct)
            : Task.CompletedTask;
}

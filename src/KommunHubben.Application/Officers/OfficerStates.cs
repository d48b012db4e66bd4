using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Organisation;
using KommunHubben.Domain.Routing;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace KommunHubben.Application.Officers;

/// <summary>
/// Reads what the routing policy weighs, for every active officer: skills (all case types when no profile says
/// otherwise), absences, and the types of the open cases they hold — the loads from the officers' load rows (kept by the
/// database with every move), not counted over all open cases: routing reads them for every batch, and the count grew
/// with the number of cases.
/// </summary>
public sealed class OfficerStates(HubDbContext db)
{
    /// <summary>Who the officers are, the case types each takes (absent: every type) and when they are away.</summary>
    private sealed record Roster(
        IReadOnlyList<(string Id, string Name)> Officers,
        IReadOnlyDictionary<string, IReadOnlySet<CaseType>> Skills,
        IReadOnlyList<(string OfficerId, DateOnly From, DateOnly To)> Absences);

    public async Task<IReadOnlyCollection<OfficerState>> ReadAsync(CancellationToken ct)
    {
        var openCases = await db.ReadOpenCasesAsync(ct);
        var officers = await db.Users.AsNoTracking().Where(u => u.Role == Role.Officer && u.Active).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var profiles = await db.OfficerProfiles.AsNoTracking().ToListAsync(ct);
        var absences = await db.OfficerAbsences.AsNoTracking().ToListAsync(ct);
        return Combine(new Roster(
            officers.Select(o => (o.Id, o.Name)).ToList(),
            profiles.ToDictionary(p => p.OfficerId, p => p.SkillSet),
            absences.Select(a => (a.OfficerId, a.From, a.To)).ToList()), openCases);
    }

    /// <summary>
    /// For routing: takes the routing lock (<see cref="OfficerLoads.LockRoutingAsync"/>, held until the transaction
    /// ends), then reads the officers. On PostgreSQL in one round trip: every round trip under the lock is one the next
    /// routing batch waits for. Each read is a statement of its own after the lock's, so it takes its snapshot once the
    /// lock is held and sees every routing committed while this one waited (one statement doing both would read with
    /// the snapshot it took before waiting).
    /// </summary>
    public async Task<IReadOnlyCollection<OfficerState>> LockAndReadForRoutingAsync(CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            await db.LockRoutingAsync(ct);
            return await ReadAsync(ct);
        }
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction
            ?? throw new InvalidOperationException("The routing lock lasts until the transaction ends: take it inside one.");
        await using var batch = new NpgsqlBatch(transaction.Connection, transaction)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand($"SELECT pg_advisory_xact_lock({OfficerLoads.RoutingLockKey})"),
                // The same rows as OfficerLoads.ReadOpenCasesAsync, as SQL: EF cannot put its queries in one batch.
                new NpgsqlBatchCommand("""SELECT "OfficerId", "Type", "OpenCases" FROM officer_loads WHERE "OpenCases" > 0"""),
                new NpgsqlBatchCommand($"""SELECT "Id", "Name" FROM users WHERE "Active" AND "Role" = '{Role.Officer}'"""),
                new NpgsqlBatchCommand("""SELECT "OfficerId", "Skills" FROM officer_profiles"""),
                new NpgsqlBatchCommand("""SELECT "OfficerId", "From", "To" FROM officer_absences"""),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(ct);
        await reader.NextResultAsync(ct);
        var openCases = await ReadAllAsync(reader, r => new OfficerTypeCount(r.GetString(0), Enum.Parse<CaseType>(r.GetString(1)), r.GetInt32(2)), ct);
        var officers = await ReadAllAsync(reader, r => (r.GetString(0), r.GetString(1)), ct);
        var profiles = await ReadAllAsync(reader, r => new OfficerProfile { OfficerId = r.GetString(0), Skills = r.GetString(1) }, ct);
        var absences = await ReadAllAsync(reader, r => (r.GetString(0), r.GetFieldValue<DateOnly>(1), r.GetFieldValue<DateOnly>(2)), ct);
        return Combine(new Roster(officers, profiles.ToDictionary(p => p.OfficerId, p => p.SkillSet), absences), openCases);
    }

    /// <summary>The rows of the reader's current result, then on to the next result.</summary>
    private static async Task<List<TRow>> ReadAllAsync<TRow>(NpgsqlDataReader reader, Func<NpgsqlDataReader, TRow> row, CancellationToken ct)
    {
        var rows = new List<TRow>();
        while (await reader.ReadAsync(ct)) rows.Add(row(reader));
        await reader.NextResultAsync(ct);
        return rows;
    }

    private static List<OfficerState> Combine(Roster roster, IReadOnlyList<OfficerTypeCount> openCases) =>
        roster.Officers.Select(o => new OfficerState
        {
            OfficerId = o.Id,
            Name = o.Name,
            Skills = roster.Skills.TryGetValue(o.Id, out var skills) ? skills : Enum.GetValues<CaseType>().ToHashSet(),
            OpenCases = OpenCaseCounts.From(openCases.Where(c => c.OfficerId == o.Id).Select(c => (c.Type, c.Count))),
            Absences = roster.Absences.Where(a => a.OfficerId == o.Id).Select(a => new AbsencePeriod(a.From, a.To)).ToList(),
        }).ToList();
}

using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Indicators;
using KommunHubben.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace KommunHubben.Reporting.Queries;

/// <summary>
/// A year's closures counted by PostgreSQL by what the indicator tells apart — the breakdown's dimensions, gender and
/// the closure's category (the catalogue's, passed in: work, studies, re-referred, other) — and at the coarsest
/// Stockholm period the breakdown needs: per month only when the table is per month, per quarter when per quarter,
/// otherwise per year. The hub works out where each Stockholm
/// period begins (<see cref="ReportingPeriod.Starts"/>) and PostgreSQL only sorts each closure between two of those
/// instants (<c>width_bucket</c>); each group's instant is its period's start, so the domain finds the same period.
/// </summary>
/// <remarks>
/// Why not the portable LINQ of <see cref="ReportingFacts"/>: that keeps UTC months apart (plus the last evening hours
/// of each month, whose Stockholm date is the next day), about 77 000 groups for the country's per-unit table, which
/// PostgreSQL sorted on disk: ~450 ms. Counted by category and quarter in a hash table it is under half as many
/// groups, 130 ms in the database (auto_explain, 1 M cases), and the API holds fewer. The time zone stays .NET's:
/// PostgreSQL compares instants only. The integration tests compare this count with folding the cases one by one on
/// both sides of every month end.
/// </remarks>
internal static class ClosureCountsInPostgres
{
    /// <summary>Room for the groups' hash table in memory: at the default 4 MB PostgreSQL sorts them on disk instead.</summary>
    private const string WorkMemory = "32MB";

    /// <summary>
    /// Let PostgreSQL's parallel workers read the year's closures with it: a national table is a rare, large read
    /// that a coordinator waits for, and by its default costs PostgreSQL kept it on one process (1 M cases: 180–235 ms
    /// in the database alone, 110–170 ms with two workers).
    /// </summary>
    private const string InParallel = "SET LOCAL parallel_setup_cost = 0; SET LOCAL parallel_tuple_cost = 0;";

    public static async Task<IReadOnlyList<ClosureGroup>> CountAsync(
        HubDbContext db, DateTime from, DateTime to, IReadOnlyList<IndicatorDimension> by, CancellationToken ct)
    {
        var months = by.Contains(IndicatorDimension.Month) ? 1 : by.Contains(IndicatorDimension.Quarter) ? 3 : 12;
        var starts = ReportingPeriod.Starts(from, to, months).ToArray();
        // Only constant column names go into the text; the window and the period starts are parameters.
        string Kept(IndicatorDimension dimension, string column) => by.Contains(dimension) ? column : "NULL::text";
        var sql = $"""
            SELECT {Kept(IndicatorDimension.Unit, "\"UnitId\"")} AS "UnitId",
                   {Kept(IndicatorDimension.Coach, $"coalesce(\"ContactPersonId\", '{ReportingFacts.UnknownContactPerson}')")} AS "ContactPersonId",
                   {Kept(IndicatorDimension.CaseType, "\"Type\"")} AS "Type",
                   {Kept(IndicatorDimension.Project, "\"ProjectId\"")} AS "ProjectId",
                   "Gender",
                   CASE WHEN "ClosureReason" = ANY(@work) THEN {(int)ClosureCategory.Work}
                        WHEN "ClosureReason" = ANY(@studies) THEN {(int)ClosureCategory.Studies}
                        WHEN "ClosureReason" = ANY(@reReferred) THEN {(int)ClosureCategory.ReReferred}
                        ELSE {(int)ClosureCategory.Other} END AS "Category",
                   width_bucket("ClosedAt", @starts) AS "Period", count(*)::int AS "Count"
            FROM reporting_cases
            WHERE "Type" IS NOT NULL AND "UnitId" IS NOT NULL AND "SubmittedAt" IS NOT NULL
              AND "Status" = 'Closed' AND "ClosedAt" >= @from AND "ClosedAt" < @to
            GROUP BY 1, 2, 3, 4, 5, 6, 7
            """;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync($"SET LOCAL work_mem = '{WorkMemory}'; {InParallel}", ct);
        var groups = await ReadAsync(db, transaction, sql, starts, ct,
            new("starts", starts), new("from", from), new("to", to),
            new("work", WorkReasons), new("studies", StudiesReasons), new("reReferred", ReReferredReasons));
        await transaction.CommitAsync(ct);
        return groups;
    }

    /// <summary>
    /// The groups straight from the reader, each text read once per distinct value: a country's per-unit table is some
    /// 40 000 groups that live until the tables are built, and with a string of their own per group (and EF Core's row
    /// objects in between) the collector spent a third of the request moving them between generations.
    /// </summary>
    private static async Task<List<ClosureGroup>> ReadAsync(
        HubDbContext db, IDbContextTransaction transaction, string sql, DateTime[] starts, CancellationToken ct,
        params NpgsqlParameter[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)transaction.GetDbTransaction());
        command.Parameters.AddRange(parameters);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Shared(NpgsqlDataReader reader, int column)
        {
            if (reader.IsDBNull(column)) return null;
            var text = reader.GetString(column);
            return texts.TryGetValue(text, out var shared) ? shared : texts[text] = text;
        }
        var groups = new List<ClosureGroup>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var type = Shared(reader, 2);
            // Bucket i (from 1) holds the closures from starts[i - 1] up to starts[i]; the window lies inside the starts.
            groups.Add(new ClosureGroup(
                Shared(reader, 0), Shared(reader, 1), type is null ? null : Enum.Parse<CaseType>(type), Shared(reader, 3),
                ReportingFacts.GenderOf(Shared(reader, 4)), (ClosureCategory)reader.GetInt32(5),
                starts[reader.GetInt32(6) - 1], reader.GetInt32(7)));
        }
        return groups;
    }

    // The reasons the catalogue counts as each category, as stored; any other reason, and none, is Other.
    private static readonly string[] WorkReasons = ReasonsIn(ClosureCategory.Work);
    private static readonly string[] StudiesReasons = ReasonsIn(ClosureCategory.Studies);
    private static readonly string[] ReReferredReasons = ReasonsIn(ClosureCategory.ReReferred);

    private static string[] ReasonsIn(ClosureCategory category) =>
        Enum.GetValues<ClosureReason>().Where(r => ClosureReasonCatalogue.Categorise(r) == category).Select(r => r.ToString()).ToArray();
}

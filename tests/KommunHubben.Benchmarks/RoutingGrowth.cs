using System.Diagnostics;
using System.Text.Json.Nodes;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Benchmarks;

/// <summary>
/// Does routing cost grow with the data? The same probe (cases submitted one at a time, timed from accepted to visible
/// in an officer's queue) with 1 000 and then 100 000 open cases held by 300 other officers, plus the officer-load read
/// routing runs (the <c>officer_loads</c> rows) timed in the database beside the count over all open cases it replaced.
/// </summary>
public static class RoutingGrowth
{
    private const string RoutedSql = """SELECT "Id" FROM cases WHERE "Id" = ANY(@ids) AND "AssignedOfficerId" IS NOT NULL""";
    private const string LoadRowsSql = """SELECT "OfficerId", "Type", "OpenCases" FROM officer_loads WHERE "OpenCases" > 0""";
    private const string CountSql = """
        SELECT "AssignedOfficerId", "Type", count(*) FROM cases
        WHERE "AssignedOfficerId" IS NOT NULL AND "Status" IN ('Routed', 'Claimed', 'AwaitingSupplement', 'Decided')
        GROUP BY 1, 2
        """;

    public static async Task<JsonObject> MeasureAsync(int[] openCases, int probes)
    {
        await using var hub = await HubDeployment.StartedAsync();
        using var driver = new LoadDriver(hub.ApiAddress);
        await ProbeAsync(hub, driver, 20); // warm-up: JIT, pools, prepared statements
        var result = new JsonObject();
        var seeded = 0;
        foreach (var size in openCases)
        {
            await SeedOpenCasesAsync(hub, seeded, size);
            seeded = size;
            await hub.Database.ExecuteAsync("ANALYZE");
            var routed = await ProbeAsync(hub, driver, probes);
            result[$"open_{size}"] = new JsonObject
            {
                ["accept_to_officer_queue_p50_ms"] = Math.Round(Stats.Percentile(routed, 50), 1),
                ["accept_to_officer_queue_p95_ms"] = Math.Round(Stats.Percentile(routed, 95), 1),
                ["load_rows_read_ms"] = Math.Round(await TimeQueryAsync(hub, LoadRowsSql), 3),
                ["old_count_over_open_cases_ms"] = Math.Round(await TimeQueryAsync(hub, CountSql), 3),
            };
        }
        var first = Targets.Number(result, $"open_{openCases[0]}", "accept_to_officer_queue_p50_ms");
        var last = Targets.Number(result, $"open_{openCases[^1]}", "accept_to_officer_queue_p50_ms");
        if (first is > 0 && last is not null) result["growth_percent"] = Math.Round(100 * (last.Value - first.Value) / first.Value, 1);
        return result;
    }

    /// <summary>Cases submitted one after another (each waits for the previous one to be routed): the routing step alone.</summary>
    private static async Task<List<double>> ProbeAsync(HubDeployment hub, LoadDriver driver, int count)
    {
        var times = new List<double>();
        await using var routed = new VisibilityWatcher(hub.Database.ConnectionString, RoutedSql);
        routed.Start();
        for (var i = 0; i < count; i++)
        {
            var (id, acceptedAt, _) = await driver.SubmitAsync();
            routed.Await(id);
            await routed.WaitForAllAsync(i + 1, TimeSpan.FromSeconds(60));
            times.Add(Stopwatch.GetElapsedTime(acceptedAt, routed.SeenAt[id]).TotalMilliseconds);
        }
        return times;
    }

    /// <summary>Open cases numbered <paramref name="from"/> up to <paramref name="to"/>, held by 300 officers outside the
    /// demo organisation, each with what routing a batch reads by case beside it: its officer's "new case" notice and its
    /// two deadlines (a read that ignored its index would grow with these tables, not with the batch).</summary>
    private static async Task SeedOpenCasesAsync(HubDeployment hub, int from, int to)
    {
        await SeedCasesAsync(hub, from, to);
        await hub.Database.ExecuteAsync($"""
            INSERT INTO notifications ("RecipientId", "CaseId", "Kind", "At")
            SELECT format('af-n%s', 1 + s.i % 300), md5('open-case-' || s.i)::uuid, 'NewCase', now() - interval '30 days'
            FROM generate_series({from + 1}, {to}) AS s(i);
            INSERT INTO deadlines ("CaseId", "Kind", "DueAt", "IsReminder", "CreatedAt")
            SELECT md5('open-case-' || s.i)::uuid, k.kind, now() + interval '5 days', false, now() - interval '30 days'
            FROM generate_series({from + 1}, {to}) AS s(i), (VALUES ('FirstAction'), ('Decision')) AS k(kind)
            """);
    }

    private static Task SeedCasesAsync(HubDeployment hub, int from, int to) => hub.Database.ExecuteAsync($"""
        INSERT INTO cases ("Id", "Type", "Status", "UnitId", "SubmittedBy", "AssignedOfficerId", "RoutingReason",
                           "Priority", "ProtectedDetails", "SubmittedAt", "UpdatedAt", "Version")
        SELECT md5('open-case-' || s.i)::uuid,
               (ARRAY['GeneralQuestion', 'IndividualPlanning', 'DisabilityCoding', 'WageSubsidy'])[1 + s.i % 4],
               (ARRAY['Routed', 'Claimed', 'Claimed', 'AwaitingSupplement'])[1 + (s.i / 7) % 4],
               'jobbtorg-city', 'kp-01', format('af-n%s', 1 + s.i % 300), 'seeded', 0, '\x00'::bytea,
               now() - interval '30 days', now(), 0
        FROM generate_series({from + 1}, {to}) AS s(i)
        """);

    /// <summary>Mean time of one execution over 200, after 20 unmeasured ones.</summary>
    private static async Task<double> TimeQueryAsync(HubDeployment hub, string sql)
    {
        for (var i = 0; i < 20; i++) await hub.Database.RowsAsync(sql);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < 200; i++) await hub.Database.RowsAsync(sql);
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds / 200;
    }
}

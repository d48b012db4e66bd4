using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KommunHubben.Tests.Integration.Infrastructure;
using Npgsql;

namespace KommunHubben.Benchmarks;

/// <summary>
/// Benchmark 5: the reads people do all day, on a database the size of the whole country's cooperation over five
/// years, through the real API. Afterwards every read is repeated once with PostgreSQL's auto_explain logging the
/// executed plan of each statement the hub sent, and the plans are checked for sequential scans on big tables.
/// </summary>
public static partial class NationalReads
{
    private static readonly string[] BigTables = ["cases", "case_history", "deadlines", "audit_log", "attachments", "notifications", "outbox", "inbox", "reporting_cases"];

    /// <summary>The last full calendar year: the seed spreads five years up to now.</summary>
    private static int IndicatorYear => DateTime.UtcNow.Year - 1;

    public static async Task<JsonObject> MeasureAsync(int cases, int samples)
    {
        await using var hub = await HubDeployment.CreateAsync();
        await hub.StartApiAsync();
        using var driver = new LoadDriver(hub.ApiAddress);

        var seedClock = Stopwatch.StartNew();
        await SeedAsync(hub, driver, cases);
        var seedSeconds = seedClock.Elapsed.TotalSeconds;
        Console.WriteLine($"[bench] seeded {cases} cases in {seedSeconds:F0} s");

        var openCaseIds = (await hub.Database.RowsAsync("""SELECT "Id", "UnitId" FROM cases WHERE "RoutingReason" = 'seeded' ORDER BY md5("Id"::text) LIMIT 2000"""))
            .Select(r => ((Guid)r[0]!, (string)r[1]!)).ToArray();
        var random = new Random(42);
        string Officer() => $"af-n{random.Next(1, 301)}";
        string ContactPersonOf(string unit) => $"kp-{unit}-{random.Next(1, 4)}";
        string AnyUnit() => $"m{random.Next(1, 291)}-u{random.Next(1, 4)}";

        var reads = new (string Name, Func<LoadDriver, Task<double>> Read)[]
        {
            ("officer_queue_page", d => d.TimedGetAsync(Officer(), "/api/v1/queue?pageSize=25")),
            ("unit_case_list", d => { var u = AnyUnit(); return d.TimedGetAsync(ContactPersonOf(u), "/api/v1/cases?pageSize=25"); }),
            ("case_view", d => { var (id, unit) = openCaseIds[random.Next(openCaseIds.Length)]; return d.TimedGetAsync(ContactPersonOf(unit), $"/api/v1/cases/{id}", "Benchmark"); }),
            // The coordinator's primary indicator for the last full year: the whole country's closures of that year
            // (about 160 000), per quarter, and per unit and quarter (870 units: the suppression's biggest table).
            ("coordinator_indicator_year", d => d.TimedGetAsync("coord-1", $"/api/v1/indicators/closures?year={IndicatorYear}&by=quarter")),
            ("coordinator_indicator_year_by_unit", d => d.TimedGetAsync("coord-1", $"/api/v1/indicators/closures?year={IndicatorYear}&by=unit,quarter")),
        };

        var timings = new JsonObject();
        foreach (var (name, read) in reads)
        {
            var warmUps = name.StartsWith("coordinator", StringComparison.Ordinal) ? 3 : 20;
            for (var i = 0; i < warmUps; i++) await read(driver); // warm-up: JIT, pool, PostgreSQL's cache
            // A coordinator opens the year's indicator a few times a day, not hundreds: fewer samples of those reads.
            var count = name.StartsWith("coordinator", StringComparison.Ordinal) ? Math.Min(samples, 40) : samples;
            var ms = new List<double>();
            for (var i = 0; i < count; i++) ms.Add(await read(driver));
            var summary = Stats.Summary(ms);
            timings[name] = new JsonObject { ["n"] = count, ["p50_ms"] = summary["p50_ms"], ["p95_ms"] = summary["p95_ms"] };
        }

        // The national reads hold the most rows at once in the API (a year's closures for the indicator).
        var apiPeakRssMb = Math.Round(ProcessMemory.PeakRssMb(hub.Api!.Id), 1);
        var plans = await CheckPlansAsync(hub, reads);
        return new JsonObject
        {
            ["cases"] = await hub.Database.ScalarAsync<long>("SELECT count(*) FROM cases"),
            ["case_history_rows"] = await hub.Database.ScalarAsync<long>("SELECT count(*) FROM case_history"),
            ["deadline_rows"] = await hub.Database.ScalarAsync<long>("SELECT count(*) FROM deadlines"),
            ["units"] = await hub.Database.ScalarAsync<long>("SELECT count(*) FROM units"),
            ["officers"] = await hub.Database.ScalarAsync<long>("""SELECT count(*) FROM users WHERE "Role" = 'Officer'"""),
            ["seed_s"] = Math.Round(seedSeconds, 1),
            ["reads"] = timings,
            ["plans"] = plans,
            ["api_peak_rss_mb"] = apiPeakRssMb,
        };
    }

    private static async Task SeedAsync(HubDeployment hub, LoadDriver driver, int cases)
    {
        // A few real submissions give real ciphertexts (the hub's own key) to copy into the seeded rows.
        for (var i = 0; i < 8; i++) await driver.SubmitAsync();
        // And one real upload: the seeded evidence files copy its encrypted name and content (the case view decrypts
        // the names of a case's files).
        using (var contact = hub.As("kp-01"))
            await contact.UploadAsync("intyg.pdf", System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\n% intyg\n%%EOF\n"));
        await hub.Database.ExecuteAsync("""
            CREATE TABLE bench_blobs AS SELECT (row_number() OVER () - 1)::bigint AS n, "ProtectedDetails" AS details FROM cases
            """);
        var sql = (await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "NationalSeed.sql"))).Replace(":cases", cases.ToString());
        await using var conn = new NpgsqlConnection(hub.Database.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 1800 };
        await cmd.ExecuteNonQueryAsync();
        // As autovacuum would have done on a live system: statistics, and the visibility map index-only scans need.
        await using var vacuum = new NpgsqlCommand("VACUUM (ANALYZE)", conn) { CommandTimeout = 1800 };
        await vacuum.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Restarts the API with auto_explain on for its database (new sessions only), performs each read once, and reads
    /// the executed plans PostgreSQL logged for exactly that read.
    /// </summary>
    private static async Task<JsonObject> CheckPlansAsync(HubDeployment hub, (string Name, Func<LoadDriver, Task<double>> Read)[] reads)
    {
        var db = new NpgsqlConnectionStringBuilder(hub.Database.ConnectionString).Database!;
        await using (var admin = new NpgsqlConnection(TestServices.PostgresAdmin))
        {
            await admin.OpenAsync();
            foreach (var setting in new[]
            {
                "session_preload_libraries = 'auto_explain'", "auto_explain.log_min_duration = 0",
                "auto_explain.log_analyze = on", "auto_explain.log_nested_statements = on",
            })
                await new NpgsqlCommand($"ALTER DATABASE \"{db}\" SET {setting}", admin).ExecuteNonQueryAsync();
        }
        NpgsqlConnection.ClearAllPools();
        await hub.Api!.DisposeAsync();
        await hub.StartApiAsync();

        var log = Path.Combine(Environment.GetEnvironmentVariable("KHUB_TEST_SERVICES_DIR") ?? "/tmp/kommunhubben-services", "pg-run", "postgres.log");
        var result = new JsonObject();
        using var driver = new LoadDriver(hub.ApiAddress);
        foreach (var (name, read) in reads)
        {
            await read(driver); // the first request of a fresh process also looks up users etc.; plans of the second one count
            var from = new FileInfo(log).Length;
            await read(driver);
            await Task.Delay(300);
            string text;
            await using (var stream = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
            {
                stream.Seek(from, SeekOrigin.Begin);
                text = await new StreamReader(stream).ReadToEndAsync();
            }
            // One block per statement: "duration: X ms  plan: Query Text: … plan …". The outbox relay polls in the
            // background of the same process; its statements are not part of the read and are left out.
            var headers = PlanHeader().Matches(text);
            var blocks = headers.Select((m, i) => (
                    First: text[(m.Index + m.Length)..(i + 1 < headers.Count ? headers[i + 1].Index : text.Length)],
                    Second: double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)))
                .Where(b => !b.First.Contains("FROM outbox", StringComparison.Ordinal)).ToList();
            var scans = blocks.SelectMany(b => ScanNode().Matches(b.First).Select(m => m.Value.Replace("\"", "").Trim())).ToList();
            var seqOnBig = scans.Where(s => s.StartsWith("Seq Scan on ", StringComparison.Ordinal) && BigTables.Contains(s.Split(' ')[3])).Distinct().ToList();
            result[name] = new JsonObject
            {
                ["statements"] = blocks.Count,
                // Time PostgreSQL spent executing this read's statements: far less noisy than the HTTP round trip.
                ["database_ms"] = Math.Round(blocks.Sum(b => b.Second), 2),
                ["scans"] = new JsonArray(scans.Distinct().Select(s => (JsonNode)JsonValue.Create(s)!).ToArray()),
                ["seq_scans_on_big_tables"] = new JsonArray(seqOnBig.Select(s => (JsonNode)JsonValue.Create(s)!).ToArray()),
            };
        }
        return result;
    }

    [GeneratedRegex(@"(Seq Scan on ""?\w+""?|Index Only Scan using ""?\w+""? on ""?\w+""?|Index Scan(?: Backward)? using ""?\w+""? on ""?\w+""?|Bitmap Index Scan on ""?\w+""?)")]
    private static partial Regex ScanNode();

    [GeneratedRegex(@"LOG:\s+duration: ([0-9.]+) ms\s+plan:")]
    private static partial Regex PlanHeader();
}

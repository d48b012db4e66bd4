using System.Text.Json;
using System.Text.Json.Nodes;
using KommunHubben.Benchmarks;
using KommunHubben.Tests.Integration.Infrastructure;

// The benchmark: bash ops/benchmark.sh (which starts RabbitMQ + PostgreSQL and builds Release) runs this.
// KHUB_BENCH_QUICK=1 runs every part with smaller numbers, to check the benchmark itself;
// KHUB_BENCH_NATIONAL_CASES sets the size of the national database (default 1 000 000).
var quick = Environment.GetEnvironmentVariable("KHUB_BENCH_QUICK") == "1";
var nationalCases = int.TryParse(Environment.GetEnvironmentVariable("KHUB_BENCH_NATIONAL_CASES"), out var n) ? n : quick ? 50_000 : 1_000_000;
var results = new JsonObject
{
    ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'"),
    ["machine"] = Machine.Describe(),
    ["quick"] = quick,
};
var memory = new JsonObject();
// KHUB_BENCH_PHASES=national_reads,latency runs only those parts (for working on one of them).
var only = Environment.GetEnvironmentVariable("KHUB_BENCH_PHASES")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
bool Selected(string name) => only is not { Length: > 0 } || only.Contains(name);

async Task Phase(string name, Func<Task<JsonNode?>> run)
{
    if (!Selected(name)) return;
    Console.WriteLine($"[bench] {name} …");
    try
    {
        results[name] = await run();
        Console.WriteLine($"[bench] {name}: {results[name]?.ToJsonString()}");
    }
    catch (Exception ex)
    {
        // One broken part must not lose the others' numbers; the table shows what failed.
        results[name] = new JsonObject { ["error"] = ex.GetType().Name + ": " + ex.Message };
        Console.WriteLine($"[bench] {name} FAILED: {ex}");
    }
}

// The indicator's suppression in the process alone: needs no servers (KHUB_BENCH_PHASES=suppression runs just this).
await Phase("suppression", () => Task.FromResult<JsonNode?>(SuppressionTimings.Measure(160_000, quick ? 3 : 10, quick ? 1 : 3)));
if (Selected("broker_ceiling") || Selected("bare_masstransit"))
{
    await using var vhost = await TestVirtualHost.CreateAsync();
    await Phase("broker_ceiling", async () => new JsonObject { ["msg_per_s"] = Math.Round(await BrokerCeiling.MeasureAsync(vhost.Name, quick ? 10_000 : 50_000)) });
    await Phase("bare_masstransit", async () => new JsonObject { ["msg_per_s"] = Math.Round(await BareMassTransit.MeasureAsync(vhost.Name, quick ? 5_000 : 30_000)) });
}
await Phase("hub_throughput", async () => await HubEndToEnd.ThroughputAsync(64, TimeSpan.FromSeconds(quick ? 8 : 20), memory));
await Phase("latency", async () => await HubEndToEnd.LatencyAsync([10, 50, 200], TimeSpan.FromSeconds(quick ? 4 : 10), memory));
await Phase("routing_growth", async () => await RoutingGrowth.MeasureAsync(quick ? [1_000, 20_000] : [1_000, 100_000], quick ? 20 : 60));
await Phase("national_reads", async () => await NationalReads.MeasureAsync(nationalCases, quick ? 60 : 200));
results["memory"] = memory;
results["targets"] = Targets.Evaluate(results);

var outDir = Path.Combine(RepositoryPaths.Root, "artifacts", "benchmarks");
Directory.CreateDirectory(outDir);
await File.WriteAllTextAsync(Path.Combine(outDir, "results.json"), results.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
await File.WriteAllTextAsync(Path.Combine(outDir, "results.md"), Report.Markdown(results));
Console.WriteLine(Report.Markdown(results));
Console.WriteLine($"[bench] wrote {outDir}/results.json and results.md");

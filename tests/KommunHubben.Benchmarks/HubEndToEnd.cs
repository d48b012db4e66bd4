using System.Diagnostics;
using System.Text.Json.Nodes;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Benchmarks;

/// <summary>
/// Benchmarks 3, 4 and 6: the hub as deployed (one worker process, one API process, RabbitMQ, PostgreSQL), driven over
/// HTTP. A case counts as done when it is visible in an officer's queue, i.e. Routed in PostgreSQL.
/// </summary>
public static class HubEndToEnd
{
    private const string RoutedSql = """SELECT "Id" FROM cases WHERE "Id" = ANY(@ids) AND "AssignedOfficerId" IS NOT NULL""";
    private const string DecisionSeenSql = """SELECT "CaseId" FROM notifications WHERE "Kind" = 'CaseDecided' AND "CaseId" = ANY(@ids)""";

    /// <summary>Closed loop: <paramref name="clients"/> requests in flight for <paramref name="duration"/>, then wait until all are routed.</summary>
    public static async Task<JsonObject> ThroughputAsync(int clients, TimeSpan duration, JsonObject memory)
    {
        await using var hub = await HubDeployment.StartedAsync();
        using var driver = new LoadDriver(hub.ApiAddress);
        await WarmUpAsync(hub, driver);
        var before = await hub.Database.ScalarAsync<int>("SELECT count(*) FROM cases");

        var accepted = 0;
        var start = Stopwatch.GetTimestamp();
        using var sampler = new PeakSampler(hub);
        var servers = await ServerCost.StartAsync(hub);
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (Stopwatch.GetElapsedTime(start) < duration)
            {
                await driver.SubmitAsync();
                Interlocked.Increment(ref accepted);
            }
        }));
        var drivingSeconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        // What was waiting where when the load stopped: unpublished outbox rows (relay) or queued messages (worker).
        var outboxBacklog = await hub.Database.ScalarAsync<int>("""SELECT count(*) FROM outbox WHERE "PublishedAt" IS NULL""");
        // rabbitmqctl boots an Erlang VM (seconds): asked in the background so it does not delay the finish line.
        var queueDepth = QueueDepthAsync(hub.VirtualHost.Name, "khub-route-case");
        var routedAtStop = await hub.Database.ScalarAsync<int>("""SELECT count(*) FROM cases WHERE "AssignedOfficerId" IS NOT NULL""") - before;

        var (apiCpu, workerCpu) = (sampler.CpuSeconds(hub.Api!.Id), sampler.CpuSeconds(hub.Workers[0].Id));
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (await hub.Database.ScalarAsync<int>("""SELECT count(*) FROM cases WHERE "AssignedOfficerId" IS NOT NULL""") - before < accepted)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Cases were not all routed within 10 minutes.");
            await Task.Delay(50);
        }
        var totalSeconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var (apiCpuTotal, workerCpuTotal) = (sampler.CpuSeconds(hub.Api!.Id), sampler.CpuSeconds(hub.Workers[0].Id));
        var (postgresCpu, rabbitCpu, transactions, statements) = await servers.SinceStartAsync(hub);
        memory["api_peak_rss_mb"] = Math.Round(ProcessMemory.PeakRssMb(hub.Api!.Id), 1);
        memory["worker_peak_rss_mb"] = Math.Round(ProcessMemory.PeakRssMb(hub.Workers[0].Id), 1);
        return new JsonObject
        {
            ["clients"] = clients,
            ["cases"] = accepted,
            ["http_accept_per_s"] = Math.Round(accepted / drivingSeconds, 1),
            ["end_to_end_cases_per_s"] = Math.Round(accepted / totalSeconds, 1),
            ["driving_s"] = Math.Round(drivingSeconds, 1),
            ["until_all_routed_s"] = Math.Round(totalSeconds, 1),
            ["at_load_stop"] = new JsonObject
            {
                ["routed"] = routedAtStop,
                ["outbox_unpublished"] = outboxBacklog,
                ["route_queue_messages"] = await queueDepth,
                ["api_cpu_s"] = Math.Round(apiCpu, 1),
                ["worker_cpu_s"] = Math.Round(workerCpu, 1),
            },
            // CPU each hub process spent per case over the whole run: the cost of a case, much less noisy than rates
            // on a shared machine. 2 cores / (API + worker ms per case) bounds the rate before broker and database.
            ["api_cpu_ms_per_case"] = Math.Round(1000 * apiCpuTotal / accepted, 2),
            ["worker_cpu_ms_per_case"] = Math.Round(1000 * workerCpuTotal / accepted, 2),
            ["postgres_cpu_ms_per_case"] = Math.Round(1000 * postgresCpu / accepted, 2),
            ["rabbitmq_cpu_ms_per_case"] = Math.Round(1000 * rabbitCpu / accepted, 2),
            ["total_cpu_ms_per_case"] = Math.Round(1000 * (apiCpuTotal + workerCpuTotal + postgresCpu + rabbitCpu) / accepted, 2),
            ["transactions_per_case"] = Math.Round((double)transactions / accepted, 2),
            ["sql_statements_per_case"] = statements is null ? null : Math.Round((double)statements.Value / accepted, 1),
            ["top_statements"] = await ServerCost.TopStatementsAsync(hub, accepted),
        };
    }

    /// <summary>Open loop at fixed rates: submissions, then (for the same cases) an officer's decision, each timed to visible.</summary>
    public static async Task<JsonArray> LatencyAsync(int[] rates, TimeSpan each, JsonObject memory)
    {
        await using var hub = await HubDeployment.StartedAsync();
        using var driver = new LoadDriver(hub.ApiAddress);
        await WarmUpAsync(hub, driver);
        var results = new JsonArray();
        foreach (var rate in rates)
        {
            var count = (int)(rate * each.TotalSeconds);
            var submitted = new (Guid Id, long AcceptedAt, string By)[count];
            await using (var routed = new VisibilityWatcher(hub.Database.ConnectionString, RoutedSql))
            {
                routed.Start();
                await AtRateAsync(rate, count, async i =>
                {
                    submitted[i] = await driver.SubmitAsync();
                    routed.Await(submitted[i].Id);
                });
                await routed.WaitForAllAsync(count, TimeSpan.FromMinutes(5));
                var submitToQueue = submitted.Select(s => Math.Max(0, Stopwatch.GetElapsedTime(s.AcceptedAt, routed.SeenAt[s.Id]).TotalMilliseconds)).ToList();

                // Each officer claims the cases routed to them (not timed), then decides them at the same rate.
                var officers = (await hub.Database.RowsAsync("""SELECT "Id", "AssignedOfficerId" FROM cases WHERE "Id" = ANY(@ids)""",
                    ("ids", submitted.Select(s => s.Id).ToArray()))).ToDictionary(r => (Guid)r[0]!, r => (string)r[1]!);
                await Parallel.ForEachAsync(submitted, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (s, _) =>
                    await driver.ActAsync(officers[s.Id], s.Id, "claim", new { }));

                await using var decided = new VisibilityWatcher(hub.Database.ConnectionString, DecisionSeenSql);
                decided.Start();
                var decidedAt = new long[count];
                await AtRateAsync(rate, count, async i =>
                {
                    decidedAt[i] = await driver.ActAsync(officers[submitted[i].Id], submitted[i].Id, "decision",
                        new { outcome = "Answered", explanation = "Svar skickat." });
                    decided.Await(submitted[i].Id);
                });
                await decided.WaitForAllAsync(count, TimeSpan.FromMinutes(5));
                var decisionToContact = submitted.Select((s, i) => Math.Max(0, Stopwatch.GetElapsedTime(decidedAt[i], decided.SeenAt[s.Id]).TotalMilliseconds)).ToList();

                results.Add(new JsonObject
                {
                    ["rate_per_s"] = rate,
                    ["cases"] = count,
                    ["accept_to_officer_queue"] = ToJson(Stats.Summary(submitToQueue)),
                    ["decision_to_contact_person"] = ToJson(Stats.Summary(decisionToContact)),
                });
            }
        }
        memory["api_peak_rss_mb_latency_run"] = Math.Round(ProcessMemory.PeakRssMb(hub.Api!.Id), 1);
        memory["worker_peak_rss_mb_latency_run"] = Math.Round(ProcessMemory.PeakRssMb(hub.Workers[0].Id), 1);
        return results;
    }

    /// <summary>Starts <paramref name="count"/> operations at <paramref name="rate"/> per second, not waiting for one to start the next.</summary>
    private static async Task AtRateAsync(int rate, int count, Func<int, Task> operation)
    {
        var start = Stopwatch.GetTimestamp();
        var running = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            var wait = due - Stopwatch.GetElapsedTime(start);
            if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
            running.Add(operation(i));
        }
        await Task.WhenAll(running);
    }

    private static async Task WarmUpAsync(HubDeployment hub, LoadDriver driver)
    {
        // The hub runs for days; a benchmark of freshly started processes would time the JIT. Tiered compilation
        // re-compiles a method after it has been called 30 times and its instrumented copy has run, and a batch handler
        // is called once per batch — so the warm-up is a burst under full load (all endpoints, batches of every size),
        // drained, then a pause for the background compiler to finish, before anything is timed.
        using var burst = new CancellationTokenSource(TimeSpan.FromSeconds(8));
        await Task.WhenAll(Enumerable.Range(0, 64).Select(async _ =>
        {
            while (!burst.IsCancellationRequested) await driver.SubmitAsync();
        }));
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (await hub.Database.ScalarAsync<int>("""SELECT count(*) FROM cases WHERE "AssignedOfficerId" IS NULL""") > 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Warm-up cases were not routed.");
            await Task.Delay(50);
        }
        // A live hub's tables have statistics: autovacuum analyses a table within a minute of 50 changes. This database
        // was empty a few seconds ago, and a statement the hub prepares keeps the plan made for an empty table (a
        // sequential scan of reporting_events for every batch, 1.8 ms and growing) until its table is analysed.
        await hub.Database.ExecuteAsync("ANALYZE");
        await Task.Delay(TimeSpan.FromSeconds(3));
    }

    private static async Task<int> QueueDepthAsync(string vhost, string queue)
    {
        var text = await TestVirtualHost.RabbitMqCtlAsync("list_queues", "-p", vhost, "name", "messages", "--quiet", "--no-table-headers");
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split('\t', ' ');
            if (parts[0] == queue) return int.Parse(parts[^1]);
        }
        return -1;
    }

    private static JsonObject ToJson(Dictionary<string, double> values) =>
        new(values.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value))));

    /// <summary>CPU time a process used while the load ran (utime+stime from /proc/&lt;pid&gt;/stat, in clock ticks of 10 ms).</summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly Dictionary<int, double> _startCpu = new();

        public PeakSampler(HubDeployment hub)
        {
            foreach (var p in hub.Workers.Append(hub.Api!)) _startCpu[p!.Id] = Cpu(p.Id);
        }

        public double CpuSeconds(int pid) => Cpu(pid) - _startCpu[pid];

        private static double Cpu(int pid)
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0;
        }

        public void Dispose() { }
    }
}

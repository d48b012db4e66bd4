using System.Text;
using System.Text.Json.Nodes;

namespace KommunHubben.Benchmarks;

/// <summary>results.md: the tables the README shows.</summary>
public static class Report
{
    public static string Markdown(JsonObject r)
    {
        var md = new StringBuilder();
        var m = r["machine"]!;
        md.AppendLine($"Measured {r["date"]} on {m["cpu"]}, {m["cores"]} cores, {m["memory_gb"]} GB, {m["os"]}, .NET {m["dotnet"]}; " +
                      $"load average {m["load_average_at_start"]} at start{(r["quick"]!.GetValue<bool>() ? " (QUICK run: small numbers)" : "")}. " +
                      "Broker, database, hub processes and load driver all on this machine, which other work shared: compare the ratios, not the absolutes.");
        md.AppendLine();
        var raw = Targets.Number(r, "broker_ceiling", "msg_per_s");
        var bare = Targets.Number(r, "bare_masstransit", "msg_per_s");
        var hub = Targets.Number(r, "hub_throughput", "end_to_end_cases_per_s");
        md.AppendLine("| throughput | per second | vs broker ceiling | vs bare MassTransit |");
        md.AppendLine("|---|---:|---:|---:|");
        md.AppendLine($"| 1. raw RabbitMQ.Client (persistent 1 KB, confirms, quorum, 1 pub + 1 con) | {F(raw)} msg | 100 % | |");
        md.AppendLine($"| 2. bare MassTransit consumer (same settings, hub's prefetch/concurrency) | {F(bare)} msg | {Pct(bare, raw)} | 100 % |");
        md.AppendLine($"| 3. hub end to end: HTTP submit → visible in an officer queue (64 clients) | {F(hub)} cases | {Pct(hub, raw)} | {Pct(hub, bare)} |");
        if (r["hub_throughput"]?["http_accept_per_s"] is { } accept)
            md.AppendLine($"| 3a. of which HTTP accept alone (case + outbox committed, 201) | {accept} cases | {Pct(accept.GetValue<double>(), raw)} | {Pct(accept.GetValue<double>(), bare)} |");
        md.AppendLine();
        if (r["hub_throughput"]?["at_load_stop"] is JsonObject stop)
            md.AppendLine($"When the load stopped: {stop["routed"]} routed, {stop["outbox_unpublished"]} outbox rows unpublished, {stop["route_queue_messages"]} messages waiting in khub-route-case; CPU used while driving: API {stop["api_cpu_s"]} s, worker {stop["worker_cpu_s"]} s. " +
                $"CPU per case over the run: API {r["hub_throughput"]?["api_cpu_ms_per_case"]} ms, worker {r["hub_throughput"]?["worker_cpu_ms_per_case"]} ms, " +
                $"PostgreSQL {r["hub_throughput"]?["postgres_cpu_ms_per_case"]} ms, RabbitMQ {r["hub_throughput"]?["rabbitmq_cpu_ms_per_case"]} ms " +
                $"(total {r["hub_throughput"]?["total_cpu_ms_per_case"]} ms); database transactions per case {r["hub_throughput"]?["transactions_per_case"]}, " +
                $"SQL statements per case {r["hub_throughput"]?["sql_statements_per_case"]?.ToString() ?? "not measured (pg_stat_statements not loaded)"}.");
        if (r["routing_growth"] is JsonObject growth)
            md.AppendLine().AppendLine($"Routing with more open cases: {growth.ToJsonString()}");
        md.AppendLine();
        md.AppendLine("| latency at a fixed rate | accept → officer queue p50 / p95 / p99 | decision → visible to contact person p50 / p95 / p99 |");
        md.AppendLine("|---|---:|---:|");
        if (r["latency"] is JsonArray rates)
            foreach (var x in rates)
                md.AppendLine($"| {x!["rate_per_s"]} cases/s ({x["cases"]}) | {Ms(x["accept_to_officer_queue"])} | {Ms(x["decision_to_contact_person"])} |");
        else md.AppendLine($"| failed | {r["latency"]?["error"]} | |");
        md.AppendLine();
        if (r["national_reads"] is JsonObject nat && nat["reads"] is JsonObject reads)
        {
            md.AppendLine($"National scale: {nat["cases"]} cases, {nat["case_history_rows"]} history rows, {nat["deadline_rows"]} deadlines, {nat["units"]} units, {nat["officers"]} officers (seeded in {nat["seed_s"]} s).");
            md.AppendLine();
            md.AppendLine("| national read (through the API) | p50 | p95 | database time (auto_explain) | plan: sequential scans on big tables |");
            md.AppendLine("|---|---:|---:|---:|---|");
            foreach (var (name, v) in reads)
            {
                var seq = nat["plans"]?[name]?["seq_scans_on_big_tables"] as JsonArray;
                var plan = nat["plans"]?[name];
                md.AppendLine($"| {name} | {v!["p50_ms"]} ms | {v["p95_ms"]} ms | {plan?["database_ms"]} ms in {plan?["statements"]} statements | {(seq is null ? "?" : seq.Count == 0 ? "none" : string.Join(", ", seq))} |");
            }
            md.AppendLine();
            md.AppendLine($"API peak RSS (VmHWM) after the national reads: {nat["api_peak_rss_mb"]} MB.");
        }
        else md.AppendLine($"National reads failed: {r["national_reads"]?["error"]}");
        if (r["suppression"] is JsonObject sup && sup["evenly_spread"] is JsonObject even && sup["one_gender_per_unit"] is JsonObject one)
        {
            md.AppendLine();
            md.AppendLine($"Per-unit indicator in the process alone ({sup["closures"]} closures, {sup["units"]} units × 4 quarters, already grouped; no HTTP, no database): " +
                          $"evenly spread p50 {even["p50_ms"]} ms, each unit one gender p50 {one["p50_ms"]} ms ({sup["samples"]} runs each); " +
                          $"of which the suppression of its three tables {even["suppression_p50_ms"]} and {one["suppression_p50_ms"]} ms " +
                          $"(the search over every row it replaced, same run: {even["reference_suppression_p50_ms"]} and {one["reference_suppression_p50_ms"]} ms).");
        }
        md.AppendLine();
        md.AppendLine($"Peak RSS (VmHWM): API {r["memory"]?["api_peak_rss_mb"]} MB, worker {r["memory"]?["worker_peak_rss_mb"]} MB under the throughput run; " +
                      $"API {r["memory"]?["api_peak_rss_mb_latency_run"]} MB, worker {r["memory"]?["worker_peak_rss_mb_latency_run"]} MB under the latency run.");
        md.AppendLine();
        md.AppendLine("| target | goal | measured | |");
        md.AppendLine("|---|---|---|---|");
        foreach (var t in (JsonArray)r["targets"]!)
            md.AppendLine($"| {t!["what"]} | {t["target"]} | {t["measured"]} | {t["status"]} |");
        return md.ToString();
    }

    private static string F(double? v) => v is null ? "failed" : $"{v:N0}".Replace(',', ' ');
    private static string Pct(double? part, double? whole) => part is null || whole is null or 0 ? "—" : $"{100 * part / whole:F1} %";
    private static string Ms(JsonNode? s) => s is null ? "—" : $"{s["p50_ms"]} / {s["p95_ms"]} / {s["p99_ms"]} ms";
}

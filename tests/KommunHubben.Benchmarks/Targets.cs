using System.Text.Json.Nodes;

namespace KommunHubben.Benchmarks;

/// <summary>The issue's targets, each beside what was measured, and by how much it was missed.</summary>
public static class Targets
{
    public static JsonArray Evaluate(JsonObject r)
    {
        var rows = new JsonArray();
        void AtLeast(string what, double? measured, double target, string unit) => rows.Add(Row(what, measured, target, unit, higherIsBetter: true));
        void AtMost(string what, double? measured, double target, string unit) => rows.Add(Row(what, measured, target, unit, higherIsBetter: false));

        var hub = Number(r, "hub_throughput", "end_to_end_cases_per_s");
        var bare = Number(r, "bare_masstransit", "msg_per_s");
        AtLeast("hub end to end", hub, 1000, "cases/s");
        AtLeast("hub / bare MassTransit", hub is null || bare is null ? null : Math.Round(100 * hub.Value / bare.Value, 1), 25, "%");
        AtMost("total CPU per case (API + worker + PostgreSQL + RabbitMQ)", Number(r, "hub_throughput", "total_cpu_ms_per_case"), 4, "ms");
        AtMost("routing time growth, 1 000 → 100 000 open cases", Number(r, "routing_growth", "growth_percent"), 20, "%");
        foreach (var rate in new[] { 50, 200 })
        {
            var atRate = (r["latency"] as JsonArray)?.FirstOrDefault(x => x?["rate_per_s"]?.GetValue<int>() == rate);
            AtMost($"p99 accept → officer queue at {rate}/s", atRate?["accept_to_officer_queue"]?["p99_ms"]?.GetValue<double>(), 100, "ms");
        }
        foreach (var read in new[] { "officer_queue_page", "unit_case_list", "case_view" })
            AtMost($"national read p95: {read}", Number(r, "national_reads", "reads", read, "p95_ms"), 50, "ms");
        foreach (var read in new[] { "coordinator_indicator_year", "coordinator_indicator_year_by_unit" })
            AtMost($"national read p95: {read}", Number(r, "national_reads", "reads", read, "p95_ms"), 300, "ms");
        AtMost("API peak RSS", Number(r, "memory", "api_peak_rss_mb"), 300, "MB");
        AtMost("worker peak RSS", Number(r, "memory", "worker_peak_rss_mb"), 300, "MB");
        AtMost("API peak RSS after the national reads", Number(r, "national_reads", "api_peak_rss_mb"), 300, "MB");
        return rows;
    }

    private static JsonObject Row(string what, double? measured, double target, string unit, bool higherIsBetter)
    {
        string status;
        if (measured is null) status = "not measured (see errors)";
        else if (higherIsBetter ? measured >= target : measured <= target) status = "met";
        else status = $"missed by {Math.Abs(measured.Value - target) / target * 100:F0} %";
        return new JsonObject
        {
            ["what"] = what,
            ["target"] = $"{(higherIsBetter ? "≥" : "≤")} {target} {unit}",
            ["measured"] = measured is null ? "—" : $"{measured} {unit}",
            ["status"] = status,
        };
    }

    public static double? Number(JsonNode root, params string[] path)
    {
        JsonNode? node = root;
        foreach (var p in path) node = node?[p];
        return node is JsonValue v && v.TryGetValue<double>(out var d) ? d : null;
    }
}

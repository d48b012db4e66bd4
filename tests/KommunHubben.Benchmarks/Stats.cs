namespace KommunHubben.Benchmarks;

/// <summary>Percentiles of a sample by the nearest-rank method.</summary>
public static class Stats
{
    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static Dictionary<string, double> Summary(IReadOnlyList<double> ms) => new()
    {
        ["n"] = ms.Count,
        ["p50_ms"] = Math.Round(Percentile(ms, 50), 1),
        ["p95_ms"] = Math.Round(Percentile(ms, 95), 1),
        ["p99_ms"] = Math.Round(Percentile(ms, 99), 1),
    };
}

using System.Diagnostics;
using System.Text.Json.Nodes;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Indicators;
using KommunHubben.Domain.Indicators.Suppression;
using KommunHubben.Tests.Unit.Indicators;

namespace KommunHubben.Benchmarks;

/// <summary>
/// Benchmark 6: the per-unit indicator in the process alone, without HTTP or database — the closures of a national
/// year already counted in groups (as the database hands them over), folded by <see cref="ClosureIndicator"/> per unit
/// and quarter: three count tables of 3 480 rows, each with its secondary suppression. Two shapes of data: closures
/// spread evenly over units, genders and reasons, and each unit closing cases of one gender only (a column of hidden
/// zeros, the suppression's hardest case). Then the suppression alone, of the same three tables, in this run: the
/// product's and the search over every row it replaced (<see cref="ReferenceSuppression"/>, compiled in from the unit
/// tests). No servers needed.
/// </summary>
public static class SuppressionTimings
{
    private const int Units = 870;
    private const int Year = 2025;

    public static JsonObject Measure(int closures, int samples, int referenceSamples)
    {
        var result = new JsonObject { ["closures"] = closures, ["units"] = Units, ["samples"] = samples };
        foreach (var (name, oneGenderPerUnit) in new[] { ("evenly_spread", false), ("one_gender_per_unit", true) })
        {
            var groups = Closures(closures, oneGenderPerUnit);
            ClosureIndicator.Compute(groups, Year, [IndicatorDimension.Unit, IndicatorDimension.Quarter], new IndicatorTargets(), 5); // JIT
            var ms = new List<double>();
            IndicatorReport? report = null;
            for (var i = 0; i < samples; i++)
            {
                var clock = Stopwatch.StartNew();
                report = ClosureIndicator.Compute(groups, Year, [IndicatorDimension.Unit, IndicatorDimension.Quarter], new IndicatorTargets(), 5);
                ms.Add(clock.Elapsed.TotalMilliseconds);
            }
            result[name] = new JsonObject
            {
                ["groups"] = groups.Count,
                ["rows"] = report!.Rows.Count,
                ["hidden_closed_figures"] = report.Rows.Count(r => r.Women.Closed.IsSuppressed) + report.Rows.Count(r => r.Men.Closed.IsSuppressed),
                ["p50_ms"] = Math.Round(Stats.Percentile(ms, 50), 1),
                ["min_ms"] = Math.Round(ms.Min(), 1),
                ["suppression_p50_ms"] = Time(samples, groups, (table, force) => TableSuppression.Apply(table, 5, force)),
                ["reference_suppression_p50_ms"] = Time(referenceSamples, groups, (table, force) => ReferenceSuppression.Apply(table, 5, force)),
            };
        }
        return result;
    }

    /// <summary>Suppresses the indicator's three tables (closed, to work or studies with its complement, re-referred)
    /// as <see cref="ClosureIndicator"/> does; the median over the runs.</summary>
    private static double Time(int samples, List<ClosureGroup> groups, Action<CountTable, bool[,]?> suppress)
    {
        var rowOf = new Dictionary<string, int>();
        foreach (var g in groups) rowOf.TryAdd($"{g.UnitId}|{ReportingPeriod.QuarterKey(g.ClosedAt)}", rowOf.Count);
        int[,] closed = new int[rowOf.Count, 2], toWork = new int[rowOf.Count, 2], reReferred = new int[rowOf.Count, 2];
        foreach (var g in groups)
        {
            var (r, c) = (rowOf[$"{g.UnitId}|{ReportingPeriod.QuarterKey(g.ClosedAt)}"], g.Gender == Gender.Woman ? 0 : 1);
            if (g.Category == ClosureCategory.ReReferred) reReferred[r, c] += g.Count;
            else closed[r, c] += g.Count;
            if (g.Category is ClosureCategory.Work or ClosureCategory.Studies) toWork[r, c] += g.Count;
        }
        var keys = rowOf.Keys.ToList();
        CountTable Table(int[,] counts) => new(keys, ["Woman", "Man"], counts);
        var (n, k) = (Table(closed).WithTotals(), Table(toWork).WithTotals());
        var complementSmall = new bool[n.GetLength(0), n.GetLength(1)];
        for (var r = 0; r < n.GetLength(0); r++)
        for (var c = 0; c < n.GetLength(1); c++)
            complementSmall[r, c] = n[r, c] - k[r, c] < 5;
        var ms = new List<double>();
        for (var i = 0; i <= samples; i++)
        {
            var clock = Stopwatch.StartNew();
            suppress(Table(closed), null);
            suppress(Table(toWork), complementSmall);
            suppress(Table(reReferred), null);
            if (i > 0) ms.Add(clock.Elapsed.TotalMilliseconds); // the first run warms up
        }
        return Math.Round(Stats.Percentile(ms, 50), 1);
    }

    /// <summary>A year's closures counted by unit, gender, reason and closing day, as the database groups them.</summary>
    private static List<ClosureGroup> Closures(int closures, bool oneGenderPerUnit)
    {
        var random = new Random(42);
        ClosureReason[] reasons = [ClosureReason.Work, ClosureReason.Work, ClosureReason.Work, ClosureReason.Studies, ClosureReason.ReReferred, ClosureReason.OtherEffort, ClosureReason.OtherEffort, ClosureReason.Other];
        var counts = new Dictionary<(int Unit, Gender Gender, ClosureReason Reason, int Day), int>();
        for (var i = 0; i < closures; i++)
        {
            var unit = random.Next(Units);
            var gender = oneGenderPerUnit ? (unit % 2 == 0 ? Gender.Woman : Gender.Man) : random.Next(2) == 0 ? Gender.Woman : Gender.Man;
            var key = (unit, gender, reasons[random.Next(reasons.Length)], random.Next(0, 360));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts.Select(x => new ClosureGroup(
                $"m{x.Key.Unit / 3 + 1}-u{x.Key.Unit % 3 + 1}", null, null, null, x.Key.Gender, ClosureReasonCatalogue.Categorise(x.Key.Reason),
                new DateTime(Year, 1, 2, 12, 0, 0, DateTimeKind.Utc).AddDays(x.Key.Day), x.Value))
            .ToList();
    }
}

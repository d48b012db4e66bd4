using System.Text.Json;
using System.Text.RegularExpressions;

namespace KommunHubben.Tests.Monitoring;

/// <summary>
/// The metric names a PromQL expression reads — what a dashboard or an alert rule needs a scrape to contain. Strips what
/// is not a metric name (strings, label matchers, range and offset brackets, grouping clauses, Grafana variables,
/// numbers), then keeps identifiers that are not a function call or a keyword. Shared by the offline check of ops/monitoring
/// (Tests.Deployment) and the check against a running hub's /metrics (Tests.Integration).
/// </summary>
public static partial class PromQlMetricNames
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless", "offset", "inf", "nan",
    };

    /// <summary>Series Prometheus makes itself for every target (not in any scrape): <c>up</c>, <c>scrape_*</c>.</summary>
    public static bool IsMadeByPrometheus(string name) => name == "up" || name.StartsWith("scrape_", StringComparison.Ordinal);

    public static IReadOnlySet<string> Of(string expression)
    {
        var e = GrafanaVariable().Replace(expression, " ");
        e = StringLiteral().Replace(e, " ");
        e = LabelMatchers().Replace(e, " ");
        e = Brackets().Replace(e, " ");
        e = Grouping().Replace(e, " ");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Identifier().Matches(e))
        {
            var name = m.Groups["name"].Value;
            var isCall = e.AsSpan(m.Index + m.Length).TrimStart().StartsWith("(");
            if (!isCall && !Keywords.Contains(name.ToLowerInvariant())) names.Add(name);
        }
        return names;
    }

    /// <summary>Every <c>expr</c> of a Grafana dashboard (panels, rows' panels and templating queries).</summary>
    public static IEnumerable<string> DashboardExpressions(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var found = new List<string>();
        Walk(doc.RootElement, found);
        return found;
    }

    /// <summary>Metric names in a Prometheus scrape (text exposition format): the part before '{' or ' ' of each sample line.</summary>
    public static IReadOnlySet<string> InScrape(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l[..l.IndexOfAny(['{', ' '])]).ToHashSet(StringComparer.Ordinal);

    private static void Walk(JsonElement element, List<string> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject())
                {
                    if (p.Name == "expr" && p.Value.ValueKind == JsonValueKind.String) found.Add(p.Value.GetString()!);
                    else Walk(p.Value, found);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Walk(item, found);
                break;
        }
    }

    [GeneratedRegex(@"\$\{?\w+\}?")]
    private static partial Regex GrafanaVariable();

    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""|'(?:[^'\\]|\\.)*'")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex LabelMatchers();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", RegexOptions.IgnoreCase)]
    private static partial Regex Grouping();

    [GeneratedRegex(@"(?<![\w.])(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)")]
    private static partial Regex Identifier();
}

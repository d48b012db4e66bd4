using KommunHubben.Domain.Cases.Submission;

namespace KommunHubben.Domain.Indicators;

/// <summary>What the primary indicator can be broken down by (one or two at a time).</summary>
public enum IndicatorDimension
{
    Unit,
    Coach,
    CaseType,
    Project,
    Month,
    Quarter,
    Year,
}

public static class IndicatorDimensions
{
    /// <summary>The project key of closures outside any project.</summary>
    public const string NoProject = "none";

    /// <summary>The key of a group of closures in a dimension.</summary>
    public static string KeyOf(IndicatorDimension dimension, ClosureGroup closures) =>
        KeyOf(dimension, closures, ReportingPeriod.LocalDate(closures.ClosedAt));

    /// <param name="closedOn">the Stockholm date of <paramref name="closures"/>' closing (a caller with many closures
    /// works it out once per distinct instant: the time-zone conversion is most of the cost of a key)</param>
    public static string KeyOf(IndicatorDimension dimension, ClosureGroup closures, DateOnly closedOn) => dimension switch
    {
        IndicatorDimension.Unit => closures.UnitId ?? throw NotKeptApart(dimension),
        IndicatorDimension.Coach => closures.ContactPersonId ?? throw NotKeptApart(dimension),
        IndicatorDimension.CaseType => closures.Type?.ToString() ?? throw NotKeptApart(dimension),
        IndicatorDimension.Project => closures.ProjectId ?? NoProject,
        IndicatorDimension.Month => ReportingPeriod.MonthKey(closedOn),
        IndicatorDimension.Quarter => ReportingPeriod.QuarterKey(closedOn),
        IndicatorDimension.Year => ReportingPeriod.YearKey(closedOn),
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    private static InvalidOperationException NotKeptApart(IndicatorDimension dimension) =>
        new($"The closures were counted without keeping {dimension} apart, so they cannot be broken down by it.");

    /// <summary>Parses "unit" or "unit,quarter" (case-insensitive, at most two, no repeats); null with the broken rule
    /// (field "by", a <see cref="RuleCode"/> and its arguments) otherwise.</summary>
    public static IReadOnlyList<IndicatorDimension>? Parse(string? text, out ValidationError? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text)) return [];
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var result = new List<IndicatorDimension>();
        foreach (var part in parts)
        {
            if (!Enum.TryParse<IndicatorDimension>(part, ignoreCase: true, out var d) || int.TryParse(part, out _))
            {
                error = new("by", RuleCode.BreakdownDimension, string.Join(", ", Enum.GetNames<IndicatorDimension>().Select(Camel)));
                return null;
            }
            if (result.Contains(d)) { error = new("by", RuleCode.BreakdownTwice, Camel(d.ToString())); return null; }
            result.Add(d);
        }
        if (result.Count > 2) { error = new("by", RuleCode.BreakdownTooMany); return null; }
        return result;
    }

    public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

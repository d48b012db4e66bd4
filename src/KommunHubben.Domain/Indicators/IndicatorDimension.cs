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
    /// <summary>The key of a closed case in a dimension. Cases without a project are grouped under "none".</summary>
    public const string NoProject = "none";

    public static string KeyOf(IndicatorDimension dimension, CaseFact fact) => dimension switch
    {
        IndicatorDimension.Unit => fact.UnitId,
        IndicatorDimension.Coach => fact.ContactPersonId,
        IndicatorDimension.CaseType => fact.Type.ToString(),
        IndicatorDimension.Project => fact.ProjectId ?? NoProject,
        IndicatorDimension.Month => ReportingPeriod.MonthKey(fact.ClosedAt!.Value),
        IndicatorDimension.Quarter => ReportingPeriod.QuarterKey(fact.ClosedAt!.Value),
        IndicatorDimension.Year => ReportingPeriod.YearKey(fact.ClosedAt!.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    /// <summary>Parses "unit" or "unit,quarter" (case-insensitive, at most two, no repeats); null with an error text otherwise.</summary>
    public static IReadOnlyList<IndicatorDimension>? Parse(string? text, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text)) return [];
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var result = new List<IndicatorDimension>();
        foreach (var part in parts)
        {
            if (!Enum.TryParse<IndicatorDimension>(part, ignoreCase: true, out var d) || int.TryParse(part, out _))
            {
                error = $"must be one or two of: {string.Join(", ", Enum.GetNames<IndicatorDimension>().Select(Camel))} (comma-separated)";
                return null;
            }
            if (result.Contains(d)) { error = $"names {Camel(d.ToString())} twice"; return null; }
            result.Add(d);
        }
        if (result.Count > 2) { error = "can break down by at most two dimensions"; return null; }
        return result;
    }

    public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

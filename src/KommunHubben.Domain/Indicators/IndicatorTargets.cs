namespace KommunHubben.Domain.Indicators;

/// <summary>
/// The indicator's targets, set yearly by the labour-market committee, per unit where it says so
/// (configuration <c>Hub:Indicators:Targets</c>). 70 % for 2025 (docs/domain.md); a year without its own figure uses
/// <see cref="DefaultPercent"/>.
/// </summary>
public sealed class IndicatorTargets
{
    public decimal DefaultPercent { get; set; } = 70m;

    /// <summary>Per year ("2025"): the year's target and optional per-unit targets.</summary>
    public Dictionary<string, YearTarget> Years { get; set; } = new() { ["2025"] = new YearTarget { Percent = 70m } };

    public decimal PercentFor(int year, string? unitId)
    {
        if (!Years.TryGetValue(year.ToString(System.Globalization.CultureInfo.InvariantCulture), out var y)) return DefaultPercent;
        if (unitId is not null && y.Units.TryGetValue(unitId, out var unitTarget)) return unitTarget;
        return y.Percent ?? DefaultPercent;
    }
}

public sealed class YearTarget
{
    public decimal? Percent { get; set; }
    public Dictionary<string, decimal> Units { get; set; } = [];
}

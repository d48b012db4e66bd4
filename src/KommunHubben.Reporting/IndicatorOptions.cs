using KommunHubben.Domain.Indicators;
using KommunHubben.Domain.Indicators.Suppression;

namespace KommunHubben.Reporting;

/// <summary>Configuration section <c>Hub:Indicators</c>.</summary>
public sealed class IndicatorOptions
{
    public const string Section = "Hub:Indicators";

    /// <summary>Groups smaller than this are shown as "–" (and whatever would give them away).</summary>
    public int SuppressionThreshold { get; set; } = TableSuppression.DefaultThreshold;

    /// <summary>Yearly targets, per unit where set (<c>Hub:Indicators:Targets:Years:2026:Percent</c>,
    /// <c>…:Years:2026:Units:jobbtorg-city</c>).</summary>
    public IndicatorTargets Targets { get; set; } = new();

    /// <summary>The id the yearly summary carries in Kolada's shape (the hub's own series unless mapped to a Kolada KPI).</summary>
    public string KoladaKpi { get; set; } = KoladaSummary.DefaultKpi;

    /// <summary>Kolada's municipality id (0180 = Stockholm).</summary>
    public string Municipality { get; set; } = KoladaSummary.Stockholm;
}

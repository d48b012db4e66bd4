using KommunHubben.Domain.Indicators;
using KommunHubben.Reporting.Export;
using KommunHubben.Reporting.Queries;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;

namespace KommunHubben.Web.Pages.Coordinator;

/// <summary>
/// The hub's service figures for a year — volumes by type and status, lead times (median, 90th percentile) and their
/// distribution as a chart, SLA compliance, supplement round-trips, refusals, open cases per officer: the
/// <see cref="ServiceView"/> that GET /api/v1/indicators/service answers.
/// </summary>
public sealed class ServiceModel(UiText text, IndicatorQueries queries) : CoordinatorPageModel(text)
{
    public ServiceView Service { get; private set; } = null!;
    public ChartSpec DistributionChart { get; private set; } = null!;

    public async Task OnGetAsync(int? year, CancellationToken ct)
    {
        ChooseYear(year);
        Service = ServiceView.From(await queries.ServiceAsync(Year, ct));
        var distribution = Service.DecisionLeadTimeDistribution;
        DistributionChart = new ChartSpec("lead-time-chart", "bar", T.DistributionHeading,
            distribution.Rows.Select(T.Bucket).ToList(),
            [new ChartSeries(T.CasesColumn, distribution.Cells.Select(row => row[0] is { } n ? (double?)n : null).ToList(), ChartSpec.Bars)],
            "lead-time-distribution", YTitle: T.CasesColumn);
    }

    /// <summary>The lead-time rows in reading order: per stage, every case type and then all types.</summary>
    public IEnumerable<IGrouping<string, LeadTimeView>> LeadTimesByStage =>
        Service.LeadTimes.GroupBy(l => l.Stage);

    public string CaseTypeLabel(string code) => code == ServiceFigures.AllTypes ? T.AllTypes : T.CaseType(code);
}

using KommunHubben.Domain.Indicators;
using KommunHubben.Reporting.Queries;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;

namespace KommunHubben.Web.Pages.Coordinator;

/// <summary>
/// Active cases per coach now against the recommendation (20–25) and the benchmark (30), with the IPS fidelity score
/// and flags: <see cref="IndicatorQueries.CaseloadAsync"/>, as GET /api/v1/indicators/caseload answers; as a chart with
/// the recommendation and benchmark drawn as lines, and as a table.
/// </summary>
public sealed class CaseloadModel(UiText text, IndicatorQueries queries) : CoordinatorPageModel(text)
{
    public IReadOnlyList<CoachCaseload> Coaches { get; private set; } = [];
    public Func<IndicatorDimension, string, string> Label { get; private set; } = (_, key) => key;
    public ChartSpec Chart { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Coaches = await queries.CaseloadAsync(ct);
        Label = await queries.LabelsAsync(ct);
        List<double?> Line(int value) => Coaches.Select(_ => (double?)value).ToList();
        Chart = new ChartSpec("caseload-chart", "bar", T.CaseloadChartTitle,
            Coaches.Select(c => c.CoachId).ToList(),
            [
                new ChartSeries(T.ActiveHeading, Coaches.Select(c => (double?)c.Active).ToList(), ChartSpec.Bars),
                new ChartSeries(T.RecommendationLow(Caseload.RecommendedLow), Line(Caseload.RecommendedLow), ChartSpec.Recommendation, Kind: "line", Dashed: true),
                new ChartSeries(T.RecommendationHigh(Caseload.RecommendedHigh), Line(Caseload.RecommendedHigh), ChartSpec.Recommendation, Kind: "line"),
                new ChartSeries(T.BenchmarkLine(Caseload.Benchmark), Line(Caseload.Benchmark), ChartSpec.Target, Kind: "line", Dashed: true),
            ],
            "caseload-table", YTitle: T.ActiveHeading);
    }
}

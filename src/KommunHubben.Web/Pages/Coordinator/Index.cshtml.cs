using KommunHubben.Domain.Indicators;
using KommunHubben.Reporting.Export;
using KommunHubben.Reporting.Queries;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Mvc;

namespace KommunHubben.Web.Pages.Coordinator;

/// <summary>
/// The coordinator's dashboard: the primary indicator per gender against the year's target, broken down by one or two
/// dimensions as the API allows, its trend per quarter or month as a chart, and the table as CSV or JSON. The figures
/// are <see cref="IndicatorQueries.ClosuresAsync"/> rendered through <see cref="IndicatorView"/>, exactly what
/// GET /api/v1/indicators/closures answers (hidden figures are null there and "–" here).
/// </summary>
public sealed class IndexModel(UiText text, IndicatorQueries queries) : CoordinatorPageModel(text)
{
    public static readonly string[] DimensionChoices = Enum.GetNames<IndicatorDimension>().Select(IndicatorDimensions.Camel).ToArray();

    [BindProperty(SupportsGet = true)] public string? By1 { get; set; }
    [BindProperty(SupportsGet = true)] public string? By2 { get; set; }
    [BindProperty(SupportsGet = true)] public string? Trend { get; set; }

    public IndicatorView Table { get; private set; } = null!;
    public IndicatorView TrendTable { get; private set; } = null!;
    public ChartSpec TrendChart { get; private set; } = null!;
    public int Threshold => queries.Options.SuppressionThreshold;

    /// <summary>The breakdown as the API's <c>by</c> parameter ("unit,quarter").</summary>
    public string By => string.Join(',', Table.By);

    public async Task OnGetAsync(int? year, CancellationToken ct)
    {
        ChooseYear(year);
        // The first visit shows the indicator per unit; an explicit empty choice shows the total only.
        if (!Request.Query.ContainsKey("by1")) By1 = "unit";
        await LoadAsync(Breakdown(), ct);
    }

    private async Task LoadAsync(IReadOnlyList<IndicatorDimension> by, CancellationToken ct)
    {
        Trend = Trend == "month" ? "month" : "quarter";
        var labels = await queries.LabelsAsync(ct);
        Table = IndicatorView.From(await queries.ClosuresAsync(Year, by, ct), labels);
        var period = Trend == "month" ? IndicatorDimension.Month : IndicatorDimension.Quarter;
        TrendTable = IndicatorView.From(await queries.ClosuresAsync(Year, [period], ct), labels);
        TrendChart = new ChartSpec("trend-chart", "line", T.TrendHeading,
            TrendTable.Rows.Select(r => r.Group[0].Label).ToList(),
            [
                new ChartSeries(T.WomenShare, Shares(r => r.Women.SharePercent), ChartSpec.Women),
                new ChartSeries(T.MenShare, Shares(r => r.Men.SharePercent), ChartSpec.Men),
                new ChartSeries(T.TotalShare, Shares(r => r.Total.SharePercent), ChartSpec.Total),
                new ChartSeries(T.TargetLine, Shares(r => r.TargetPercent), ChartSpec.Target, Dashed: true),
            ],
            "trend-table", YTitle: "%", YMax: 100);
    }

    /// <summary>The indicator table as a download: the API's CSV (Swedish Excel) or JSON, with the same suppression.</summary>
    public async Task<IActionResult> OnGetExportAsync(int? year, string? format, CancellationToken ct)
    {
        if (format is not (null or "csv" or "json")) Errors.AddWorded("format", T.ExportFormatRule);
        var yearValid = ChooseYear(year);
        var by = Breakdown();
        if (Errors.Any || !yearValid)
        {
            await LoadAsync(by, ct);
            return Page();
        }
        var report = await queries.ClosuresAsync(Year, by, ct);
        var labels = await queries.LabelsAsync(ct);
        var name = $"indikator-arbete-studier-{Year}{(by.Count > 0 ? "-" + string.Join('-', by).ToLowerInvariant() : "")}";
        return format == "json"
            ? File(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(IndicatorView.From(report, labels), ExportJson.Options),
                "application/json; charset=utf-8", name + ".json")
            : File(IndicatorCsv.Write(report, labels), "text/csv; charset=utf-8", name + ".csv");
    }

    public string ExportLink(string format) =>
        $"/Coordinator?handler=Export&year={Year}&by1={Uri.EscapeDataString(By1 ?? "")}&by2={Uri.EscapeDataString(By2 ?? "")}&format={format}";

    private List<double?> Shares(Func<IndicatorRowView, decimal?> share) =>
        TrendTable.Rows.Select(r => share(r) is { } p ? (double?)(double)p : null).ToList();

    /// <summary>by1 and by2 as the API parses <c>by</c>; each rule next to the field that broke it.</summary>
    private IReadOnlyList<IndicatorDimension> Breakdown()
    {
        var first = Parse("by1", By1);
        var second = Parse("by2", By2);
        if (first is null || second is null) return [];
        var both = IndicatorDimensions.Parse(string.Join(',', first.Concat(second)), out var error);
        if (both is null) Errors.AddWorded("by2", T.BreakdownRule);
        return both ?? [];
    }

    private IReadOnlyList<IndicatorDimension>? Parse(string field, string? value)
    {
        var parsed = IndicatorDimensions.Parse(value, out var error);
        if (parsed is null) Errors.AddWorded(field, T.BreakdownRule);
        else if (parsed.Count > 1) { Errors.AddWorded(field, T.OneDimensionRule); return null; }
        return parsed;
    }
}

using KommunHubben.Hosting;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Domain.Indicators;
using KommunHubben.Domain.Organisation;
using KommunHubben.Reporting.Export;
using KommunHubben.Reporting.Queries;

namespace KommunHubben.Api.Endpoints;

/// <summary>
/// /api/v1/indicators: the coordinators' figures, from the reporting projection, suppressed below the threshold.
/// Coordinators only; nothing here carries a personnummer, a name or free text — ids of units and staff, codes and counts.
/// </summary>
public static class IndicatorEndpoints
{
    private const string Suppression = " Counts below the suppression threshold (default 5), and figures that would let one be worked out from a total, are null.";

    public static void MapIndicatorEndpoints(this IEndpointRouteBuilder api)
    {
        var indicators = api.MapGroup("/indicators").WithTags("Indicators");

        indicators.MapGet("/closures", async (HttpContext http, IndicatorQueries queries, CancellationToken ct, int? year, string? by) =>
            await WithYearAndBreakdownAsync(http, year, by, async (y, dims) =>
                Results.Ok(IndicatorView.From(await queries.ClosuresAsync(y, dims, ct), await queries.LabelsAsync(ct)))))
            .WithName("GetClosureIndicator")
            .WithSummary("The primary indicator: closed to work or studies")
            .WithDescription("Coordinators only. Share of women and of men whose case closed in `year` (default: this year) to work or studies, " +
                             "out of all closed excluding re-referred, against the year's target per unit; broken down by `by` = one or two of " +
                             "unit, coach, caseType, project, month, quarter, year (comma-separated)." + Suppression)
            .Produces<IndicatorView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        indicators.MapGet("/closures/export", async (HttpContext http, IndicatorQueries queries, CancellationToken ct, int? year, string? by, string? format) =>
            await WithYearAndBreakdownAsync(http, year, by, async (y, dims) =>
            {
                if (format is not (null or "csv" or "json"))
                    return ApiProblems.Validation("format", RuleCode.NotInList, "csv, json");
                var report = await queries.ClosuresAsync(y, dims, ct);
                var labels = await queries.LabelsAsync(ct);
                var name = $"indikator-arbete-studier-{y}{(dims.Count > 0 ? "-" + string.Join('-', dims).ToLowerInvariant() : "")}";
                return format == "json"
                    ? Results.File(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(IndicatorView.From(report, labels), ExportJson.Options),
                        "application/json; charset=utf-8", name + ".json")
                    : Results.File(IndicatorCsv.Write(report, labels), "text/csv; charset=utf-8", name + ".csv");
            }))
            .WithName("ExportClosureIndicator")
            .WithSummary("Export the primary indicator as CSV or JSON")
            .WithDescription("Coordinators only. The same table as /indicators/closures as a download: `format=csv` (default; UTF-8 with BOM, " +
                             "semicolons, decimal comma, \"–\" for a hidden figure, notes under the table — opens as it is in Swedish Excel) or `format=json`.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        indicators.MapGet("/kolada", async (HttpContext http, IndicatorQueries queries, CancellationToken ct, int? year) =>
            await WithYearAndBreakdownAsync(http, year, null, async (y, _) => Results.Ok(await queries.KoladaAsync(y, ct))))
            .WithName("GetKoladaSummary")
            .WithSummary("The year's indicator in Kolada's KPI shape")
            .WithDescription("Coordinators only. The primary indicator for `year` as Kolada presents a KPI for municipal labour-market activities: " +
                             "kpi, municipality, period and values for K (women), M (men) and T (total) with count (closed, re-referred excluded) and value (%)." + Suppression)
            .Produces<KoladaSummary>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        indicators.MapGet("/closure-reasons", (HttpContext http) =>
            NotCoordinator(http) ?? Results.Ok(ClosureReasonCatalogue.All))
            .WithName("ListClosureReasons")
            .WithSummary("The fixed list of closure reasons")
            .WithDescription("Coordinators only. Each closure reason with its Swedish label, what it counts as in the indicator (Work, Studies, Other, ReReferred) and its definition.")
            .Produces<IReadOnlyList<ClosureReasonDefinition>>()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        indicators.MapGet("/caseload", async (HttpContext http, IndicatorQueries queries, CancellationToken ct) =>
            NotCoordinator(http) ?? Results.Ok(new
            {
                benchmark = Caseload.Benchmark,
                recommended = new { from = Caseload.RecommendedLow, to = Caseload.RecommendedHigh },
                coaches = await queries.CaseloadAsync(ct),
            }))
            .WithName("GetCaseload")
            .WithSummary("Active cases per coach against the benchmark")
            .WithDescription("Coordinators only. Open cases per contact person (coach) now, with the IPS fidelity score (≤20 → 5, 21–25 → 4, 26–30 → 3) " +
                             "and flags for above the recommendation (25) and the benchmark (30). Staff workload: not suppressed.")
            .Produces(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        indicators.MapGet("/service", async (HttpContext http, IndicatorQueries queries, CancellationToken ct, int? year) =>
            await WithYearAndBreakdownAsync(http, year, null, async (y, _) => Results.Ok(ServiceView.From(await queries.ServiceAsync(y, ct)))))
            .WithName("GetServiceFigures")
            .WithSummary("The hub's service levels")
            .WithDescription("Coordinators only. For cases submitted in `year`: volumes by type and status, lead times (median and 90th percentile, hours) " +
                             "submission → first action → decision and their distribution, SLA compliance, supplement round-trips, refusals for missing consent " +
                             "and protected identity (counts only), and open cases per officer now." + Suppression)
            .Produces<ServiceView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        indicators.MapGet("/follow-ups", async (HttpContext http, IndicatorQueries queries, CancellationToken ct, int? year) =>
            await WithYearAndBreakdownAsync(http, year, null, async (y, _) => Results.Ok(FollowUpView.From(await queries.FollowUpsAsync(y, ct)))))
            .WithName("GetFollowUpFigures")
            .WithSummary("Follow-ups 3 and 6 months after closure")
            .WithDescription("Coordinators only. For cases closed to work or studies in `year`: the share of follow-ups done at 3 and 6 months, the share " +
                             "still in work or studies, and the share self-sufficient at 6 months." + Suppression)
            .Produces<FollowUpView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        indicators.MapGet("/projects", async (HttpContext http, IndicatorQueries queries, CancellationToken ct) =>
            NotCoordinator(http) ?? Results.Ok(ProjectsView.From(await queries.ProjectsAsync(ct))))
            .WithName("GetProjectFigures")
            .WithSummary("Participants of the joint projects")
            .WithDescription("Coordinators only. Per joint project (owner, period, participant target): referrals pending, enrolled, declined, active, " +
                             "closed and their outcomes." + Suppression)
            .Produces<ProjectsView>()
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static IResult? NotCoordinator(HttpContext http) =>
        http.User.ToHubUser()?.Role == Role.Coordinator
            ? null
            : Results.Problem("Only a coordinator sees the indicators.", statusCode: StatusCodes.Status403Forbidden, title: "Not allowed");

    private static async Task<IResult> WithYearAndBreakdownAsync(
        HttpContext http, int? year, string? by, Func<int, IReadOnlyList<IndicatorDimension>, Task<IResult>> answer)
    {
        if (NotCoordinator(http) is { } forbidden) return forbidden;
        var y = year ?? ReportingPeriod.Year(DateTime.UtcNow);
        if (y is < 2000 or > 2100) return ApiProblems.Validation("year", RuleCode.YearRange, 2000, 2100);
        var dims = IndicatorDimensions.Parse(by, out var error);
        if (dims is null) return ApiProblems.Validation([error!]);
        return await answer(y, dims);
    }
}

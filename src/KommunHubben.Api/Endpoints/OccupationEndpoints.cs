using KommunHubben.Gateway.JobTech;

namespace KommunHubben.Api.Endpoints;

/// <summary>
/// /api/v1/occupations/{code}: the label of an SSYK 2012 occupation group for the wage-subsidy form — JobTech's live
/// label when it answers, the shipped list's when it does not (<c>source</c> says which). Validity is always AF's
/// shipped list, so neither this nor a submission fails because JobTech is down.
/// </summary>
public static class OccupationEndpoints
{
    public static void MapOccupationEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/occupations/{code}", async (string code, OccupationDirectory directory, CancellationToken ct) =>
                await directory.LookupAsync(code, ct) is { } label
                    ? Results.Ok(label)
                    : Results.Problem($"code: must be an occupation group in Arbetsförmedlingen's SSYK 2012 list (four digits).",
                        statusCode: StatusCodes.Status404NotFound, title: "Unknown occupation code"))
            .WithTags("Occupations")
            .WithName("GetOccupation")
            .WithSummary("Label an SSYK occupation code")
            .WithDescription("The occupation group for a four-digit SSYK 2012 code (SCB codes AF merged resolve to AF's group): " +
                             "`code`, `label`, `taxonomyId` and `source` (`JobTech` live, or `Shipped` when JobTech is unavailable).")
            .Produces<OccupationLabel>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}

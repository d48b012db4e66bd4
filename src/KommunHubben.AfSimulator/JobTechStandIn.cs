using KommunHubben.Domain.Occupations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KommunHubben.AfSimulator;

/// <summary>
/// A stand-in for the JobTech Taxonomy's SSYK lookup (/jobtech/v1/taxonomy/specific/concepts/ssyk?ssyk-code-2012=…),
/// answering in the live API's shape from AF's shipped list. Calls are recorded like AF calls, but never faulted.
/// </summary>
public static class JobTechStandIn
{
    public const string PathBase = "/jobtech/v1/taxonomy";

    public static void MapJobTechStandIn(this IEndpointRouteBuilder app) =>
        app.MapGet(PathBase + "/specific/concepts/ssyk", (HttpContext http, SimulatorState state) =>
        {
            var code = http.Request.Query["ssyk-code-2012"].ToString();
            state.Record(new RecordedRequest(DateTimeOffset.UtcNow, "GET", http.Request.Path.Value ?? "", http.Request.QueryString.Value,
                new Dictionary<string, string>(), "") { Outcome = "read" });
            var found = SsykCatalogue.Shipped.All.Where(o => o.Code == code)
                .Select(o => new Dictionary<string, string>
                {
                    ["taxonomy/id"] = o.TaxonomyId, ["taxonomy/preferred-label"] = o.Label, ["taxonomy/ssyk-code-2012"] = o.Code,
                    ["taxonomy/type"] = "ssyk-level-4",
                });
            return Results.Ok(found);
        });
}

using KommunHubben.Api.Auth;
using KommunHubben.Application.Cases;

namespace KommunHubben.Api.Endpoints;

/// <summary>/api/v1/queue: the calling officer's own queue.</summary>
public static class QueueEndpoints
{
    public static void MapQueueEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/queue", async (HttpContext http, CaseQueries queries, CancellationToken ct, int page = 1, int pageSize = 25) =>
                await queries.ListOfficerQueueAsync(http.User.ToHubUser()!, page, pageSize, ct) is { } result
                    ? Results.Ok(result)
                    : Results.Problem("Only an employment officer has a queue.", statusCode: StatusCodes.Status403Forbidden))
            .WithTags("Queue")
            .WithName("ListMyQueue");

        api.MapPost("/queue/claim-next", async (HttpContext http, ClaimNext claims, CancellationToken ct) =>
                (await claims.ClaimAsync(http.User.ToHubUser()!, ct)).ToHttp())
            .WithTags("Queue")
            .WithName("ClaimNextCase");
    }
}

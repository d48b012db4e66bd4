using KommunHubben.Api.Auth;
using KommunHubben.Application.Cases;

namespace KommunHubben.Api.Endpoints;

/// <summary>/api/v1/queue: the calling officer's queue, the shared AF queue, and claim next.</summary>
public static class QueueEndpoints
{
    public static void MapQueueEndpoints(this IEndpointRouteBuilder api)
    {
        var queue = api.MapGroup("/queue").WithTags("Queue");

        queue.MapGet("/", (HttpContext http, CaseQueries queries, CancellationToken ct,
                string? type, string? status, string? project, int? minPriority, string? sort, DateTime? dueBefore, int page = 1, int pageSize = 25) =>
            List(new QueueFilter(type, status, project, minPriority, sort, dueBefore), f => queries.ListOfficerQueueAsync(http.User.ToHubUser()!, f, page, pageSize, ct)))
            .WithName("ListMyQueue");

        queue.MapGet("/shared", (HttpContext http, CaseQueries queries, CancellationToken ct,
                string? type, string? project, int? minPriority, string? sort, DateTime? dueBefore, int page = 1, int pageSize = 25) =>
            List(new QueueFilter(type, null, project, minPriority, sort, dueBefore), f => queries.ListSharedQueueAsync(http.User.ToHubUser()!, f, page, pageSize, ct)))
            .WithName("ListSharedQueue");

        queue.MapPost("/claim-next", async (HttpContext http, ClaimNext claims, CancellationToken ct) =>
                (await claims.ClaimAsync(http.User.ToHubUser()!, ct)).ToHttp())
            .WithName("ClaimNextCase");
    }

    private static async Task<IResult> List(QueueFilter filter, Func<QueueFilter, Task<PagedList<CaseSummary>?>> read)
    {
        var errors = filter.Check();
        if (errors.Count > 0) return new CommandResult.Invalid(errors).ToHttp();
        return await read(filter) is { } page
            ? Results.Ok(page)
            : Results.Problem("Only an employment officer has a queue.", statusCode: StatusCodes.Status403Forbidden);
    }
}

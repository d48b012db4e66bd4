using KommunHubben.Hosting;
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
            .WithName("ListMyQueue")
            .WithSummary("List my queue")
            .WithDescription("Employment officers only: the cases routed to the caller, filtered by `type`, `status`, `project`, `minPriority` and `dueBefore`, " +
                             "sorted by `sort`, paged with `page` (from 1) and `pageSize`. 400 names a filter value that is not allowed.")
            .Produces<PagedList<CaseSummary>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        queue.MapGet("/shared", (HttpContext http, SharedQueue shared, CancellationToken ct,
                string? type, string? project, int? minPriority, string? sort, DateTime? dueBefore, int page = 1, int pageSize = 25) =>
            List(new QueueFilter(type, null, project, minPriority, sort, dueBefore), f => shared.ListPageAsync(http.User.ToHubUser()!, f, page, pageSize, ct)))
            .WithName("ListSharedQueue")
            .WithSummary("List the shared AF queue")
            .WithDescription("Employment officers only: the unclaimed cases no colleague has — released to the pool, or placed with an officer who is " +
                             "absent today or no longer active; neither the caller's own cases nor those placed with a present colleague. " +
                             "The same filters, sorting and paging as the own queue.")
            .Produces<PagedList<CaseSummary>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        queue.MapPost("/claim-next", async (HttpContext http, ClaimNext claims, CancellationToken ct) =>
                (await claims.ClaimAsync(http.User.ToHubUser()!, ct)).ToHttp())
            .WithName("ClaimNextCase")
            .WithSummary("Claim the next case")
            .WithDescription("Employment officers only: claims the next routed, unclaimed case — the caller's own queue first, then the shared AF queue; " +
                             "highest priority, then oldest first. 404 when nothing is left to claim; 409 when other officers claimed the next cases at the same moment.")
            .Produces<CaseStatusResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
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

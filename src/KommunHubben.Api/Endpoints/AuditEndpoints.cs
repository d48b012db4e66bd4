using KommunHubben.Hosting;
using KommunHubben.Application.Auditing;

namespace KommunHubben.Api.Endpoints;

/// <summary>
/// /api/v1/audit: the audit log for administrators, filterable. Read only: no endpoint writes, edits or deletes
/// entries; they are written only together with the reads and changes they record.
/// </summary>
public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/audit", async (HttpContext http, AuditLog log, CancellationToken ct,
                string? actor, Guid? caseId, string? action, DateTime? from, DateTime? to, int page = 1, int pageSize = 50) =>
                await log.ReadAsync(http.User.ToHubUser()!, new AuditFilter(actor, caseId, action, from, to), page, pageSize, ct) is { } read
                    ? Results.Ok(new { items = read.Items, page = read.Page, pageSize = read.PageSize, total = read.Total })
                    : Results.Problem("Only an administrator can read the audit log.", statusCode: StatusCodes.Status403Forbidden))
            .WithTags("Audit")
            .WithName("ReadAuditLog")
            .WithSummary("Read the audit log")
            .WithDescription("Administrators only. Audit entries newest first, filtered by actor, case, action and time range (`from`, `to`), " +
                             "paged with `page` (from 1) and `pageSize` (1-500, default 50); the answer carries `items`, `page`, `pageSize` and `total`.")
            .Produces(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}

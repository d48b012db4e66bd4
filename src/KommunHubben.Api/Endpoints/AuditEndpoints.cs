using KommunHubben.Api.Auth;
using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Api.Endpoints;

/// <summary>
/// /api/v1/audit: the audit log for administrators, filterable. Read only: no endpoint writes, edits or deletes
/// entries; they are written only together with the reads and changes they record.
/// </summary>
public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/audit", async (HttpContext http, HubDbContext db, CancellationToken ct,
                string? actor, Guid? caseId, string? action, DateTime? from, DateTime? to, int page = 1, int pageSize = 50) =>
            {
                if (http.User.ToHubUser()!.Role != Role.Administrator)
                    return Results.Problem("Only an administrator can read the audit log.", statusCode: StatusCodes.Status403Forbidden);
                var query = db.Audit.AsNoTracking();
                if (actor is not null) query = query.Where(a => a.ActorId == actor);
                if (caseId is not null) query = query.Where(a => a.CaseId == caseId);
                if (action is not null) query = query.Where(a => a.Action == action);
                if (from is not null) { var f = from.Value.ToUniversalTime(); query = query.Where(a => a.At >= f); }
                if (to is not null) { var t = to.Value.ToUniversalTime(); query = query.Where(a => a.At <= t); }
                page = Math.Max(page, 1);
                pageSize = Math.Clamp(pageSize, 1, 500);
                var total = await query.CountAsync(ct);
                var items = await query.OrderByDescending(a => a.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
                return Results.Ok(new { items, page, pageSize, total });
            })
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

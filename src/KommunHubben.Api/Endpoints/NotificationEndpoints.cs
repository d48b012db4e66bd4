using KommunHubben.Hosting;
using KommunHubben.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Api.Endpoints;

/// <summary>/api/v1/notifications: the caller's in-app notices, newest first.</summary>
public static class NotificationEndpoints
{
    public static void MapNotificationEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/notifications", async (HttpContext http, HubDbContext db, CancellationToken ct) =>
        {
            var me = http.User.ToHubUser()!.UserId;
            var items = await db.Notifications.AsNoTracking().Where(n => n.RecipientId == me)
                .OrderByDescending(n => n.Id).Take(100)
                .Select(n => new { n.Id, n.CaseId, n.Kind, n.At, n.ReadAt })
                .ToListAsync(ct);
            return Results.Ok(items);
        }).WithTags("Notifications").WithName("ListMyNotifications")
            .WithSummary("List my notifications")
            .WithDescription("The caller's latest 100 in-app notices (new case, supplement asked or answered, decision), newest first, each with its case id, kind, time and when it was read.")
            .Produces(StatusCodes.Status200OK);
    }
}

using KommunHubben.Hosting;

namespace KommunHubben.Api.Endpoints;

/// <summary>/api/v1/me: who the hub thinks you are.</summary>
public static class MeEndpoints
{
    public static void MapMeEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/me", (HttpContext http) =>
        {
            var user = http.User.ToHubUser()!;
            return Results.Ok(new { user.UserId, Role = user.Role.ToString(), user.UnitId });
        }).WithTags("Me").WithName("GetMe")
            .WithSummary("Who am I")
            .WithDescription("The signed-in hub user: user id, role (ContactPerson, Officer, Coordinator, Administrator) and unit id (contact persons only).")
            .Produces(StatusCodes.Status200OK);
    }
}

using KommunHubben.Api.Auth;
using KommunHubben.Application.Officers;

namespace KommunHubben.Api.Endpoints;

/// <summary>/api/v1/officers: officers' skills, absence and load; the administrator's absence and redistribution tools.</summary>
public static class OfficerEndpoints
{
    public sealed record AbsenceRequest(DateOnly? From, DateOnly? To);

    public static void MapOfficerEndpoints(this IEndpointRouteBuilder api)
    {
        var officers = api.MapGroup("/officers").WithTags("Officers");

        officers.MapGet("/", async (HttpContext http, OfficerAdministration admin, CancellationToken ct) =>
            await admin.ListAsync(http.User.ToHubUser()!, ct) is { } list
                ? Results.Ok(list)
                : Results.Problem("Contact persons do not see the officers' load.", statusCode: StatusCodes.Status403Forbidden))
            .WithName("ListOfficers");

        officers.MapPost("/{officerId}/absences", async (string officerId, AbsenceRequest request, HttpContext http, OfficerAdministration admin, CancellationToken ct) =>
            (await admin.RegisterAbsenceAsync(http.User.ToHubUser()!, officerId, request.From, request.To, ct)).ToHttp(_ => Results.NoContent()))
            .WithName("RegisterAbsence");

        officers.MapPost("/{officerId}/redistribute", async (string officerId, HttpContext http, OfficerAdministration admin, CancellationToken ct) =>
        {
            var (result, done) = await admin.RedistributeAsync(http.User.ToHubUser()!, officerId, ct);
            return result.ToHttp(_ => Results.Ok(done));
        }).WithName("RedistributeCases");
    }
}

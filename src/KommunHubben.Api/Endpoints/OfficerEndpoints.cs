using KommunHubben.Hosting;
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
            .WithName("ListOfficers")
            .WithSummary("List officers and their load")
            .WithDescription("Officers, coordinators and administrators: every employment officer's skills, absences, open cases, weighted load and cap.")
            .Produces<IReadOnlyList<OfficerAdministration.OfficerView>>()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        officers.MapPost("/{officerId}/absences", async (string officerId, AbsenceRequest request, HttpContext http, OfficerAdministration admin, CancellationToken ct) =>
            (await admin.RegisterAbsenceAsync(http.User.ToHubUser()!, officerId, request.From, request.To, ct)).ToHttp(_ => Results.NoContent()))
            .WithName("RegisterAbsence")
            .WithSummary("Register an officer's absence")
            .WithDescription("Administrators only: records that the employment officer is absent from `from` to `to` (dates; `to` not before `from`). " +
                             "404 when no employment officer has that id.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        officers.MapPost("/{officerId}/redistribute", async (string officerId, HttpContext http, OfficerAdministration admin, CancellationToken ct) =>
        {
            var (result, done) = await admin.RedistributeAsync(http.User.ToHubUser()!, officerId, ct);
            return result.ToHttp(_ => Results.Ok(done));
        }).WithName("RedistributeCases")
            .WithSummary("Redistribute an officer's open cases")
            .WithDescription("Administrators only: moves the officer's open cases to colleagues chosen by the routing policy, in one action; " +
                             "every move is recorded. 409 if a case changed meanwhile (nothing is moved then).")
            .Produces<OfficerAdministration.Redistribution>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}

using KommunHubben.Api.Auth;
using KommunHubben.Application.Cases;
using KommunHubben.Domain.Cases.Submission;

namespace KommunHubben.Api.Endpoints;

/// <summary>/api/v1/cases: submit, list, open, and act on cases.</summary>
public static class CaseEndpoints
{

    public static void MapCaseEndpoints(this IEndpointRouteBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases");

        cases.MapPost("/", async (SubmitCaseInput input, HttpContext http, CaseCommands commands, CancellationToken ct) =>
            (await commands.SubmitAsync(http.User.ToHubUser()!, input, ct)).ToHttp(ok =>
                Results.Created($"/api/v1/cases/{ok.CaseId}", new CaseStatusResponse(ok.CaseId, ok.Status, ok.Version))))
            .WithName("SubmitCase");

        cases.MapGet("/", async (HttpContext http, CaseQueries queries, CancellationToken ct, int page = 1, int pageSize = 25) =>
            await queries.ListUnitCasesAsync(http.User.ToHubUser()!, page, pageSize, ct) is { } result
                ? Results.Ok(result)
                : Results.Problem("Only a contact person has a unit case list.", statusCode: StatusCodes.Status403Forbidden))
            .WithName("ListUnitCases");

        cases.MapGet("/{id:guid}", async (Guid id, HttpContext http, CaseQueries queries, CancellationToken ct) =>
        {
            var reason = AccessReason.From(http);
            var view = await queries.GetAsync(http.User.ToHubUser()!, id, string.IsNullOrWhiteSpace(reason) ? "case handling" : reason.Trim(), ct);
            return view is null ? ResultMapping.NotFound() : Results.Ok(view);
        }).WithName("GetCase");

        MapAction(cases, "claim", "ClaimCase", (c, u, id, r, ct) => c.ClaimAsync(u, id, r.ExpectedVersion, ct));
        MapAction(cases, "supplement-request", "RequestSupplement", (c, u, id, r, ct) => c.RequestSupplementAsync(u, id, r.Question, r.ExpectedVersion, ct));
        MapAction(cases, "supplement", "ProvideSupplement", (c, u, id, r, ct) => c.ProvideSupplementAsync(u, id, r.Answer, r.ExpectedVersion, ct));
        MapAction(cases, "decision", "DecideCase", (c, u, id, r, ct) => c.DecideAsync(u, id, r.ToDecision(), r.ExpectedVersion, ct));
        MapAction(cases, "close", "CloseCase", (c, u, id, r, ct) => c.CloseAsync(u, id, r.ClosureReason, r.ExpectedVersion, ct));
        MapAction(cases, "reject", "RejectCase", (c, u, id, r, ct) => c.RejectAsync(u, id, r.ReasonCode, r.Explanation, r.ExpectedVersion, ct));
        MapAction(cases, "hand-over", "HandOverCase", (c, u, id, r, ct) => c.HandOverAsync(u, id, r.ToOfficerId, r.Explanation, r.ExpectedVersion, ct));
        MapAction(cases, "release", "ReleaseCase", (c, u, id, r, ct) => c.ReleaseAsync(u, id, r.Explanation, r.ExpectedVersion, ct));
        MapAction(cases, "withdraw", "WithdrawCase", (c, u, id, r, ct) => c.WithdrawAsync(u, id, r.ExpectedVersion, ct));
    }

    private static void MapAction(
        RouteGroupBuilder group, string path, string name,
        Func<CaseCommands, Application.Users.HubUser, Guid, CaseActionRequest, CancellationToken, Task<CommandResult>> action)
    {
        group.MapPost($"/{{id:guid}}/{path}", async (Guid id, CaseActionRequest? request, HttpContext http, CaseCommands commands, CancellationToken ct) =>
                (await action(commands, http.User.ToHubUser()!, id, request ?? new CaseActionRequest(), ct)).ToHttp())
            .WithName(name);
    }
}

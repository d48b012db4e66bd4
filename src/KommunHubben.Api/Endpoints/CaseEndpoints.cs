using KommunHubben.Hosting;
using KommunHubben.Api.OpenApi;
using KommunHubben.Application.Cases;
using KommunHubben.Application.Cases.Actions;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Cases.Submission;

namespace KommunHubben.Api.Endpoints;

/// <summary>/api/v1/cases: submit, list, open, and act on cases.</summary>
public static class CaseEndpoints
{

    public static void MapCaseEndpoints(this IEndpointRouteBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases");

        cases.MapPost("/", async (SubmitCaseInput input, HttpContext http, CaseSubmission submission, CancellationToken ct) =>
            (await submission.SubmitAsync(http.User.ToHubUser()!, input, ct)).ToHttp(ok =>
                Results.Created($"/api/v1/cases/{ok.CaseId}", new CaseSubmittedResponse(ok.CaseId, ok.Reference!, ok.Status, ok.Version))))
            .WithName("SubmitCase")
            .WithSummary("Submit a case")
            .WithDescription("A contact person of a city unit submits a case of one type (`caseType` and the matching details object). " +
                             "400 names each field that breaks a rule; 422 means the case may not be sent (protected identity, or no valid consent for the person). " +
                             "The answer gives the new case's id, its `reference` (KH-year-number, to quote in every contact), status and version; the hub then routes it to an officer's queue.")
            .Produces<CaseSubmittedResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        cases.MapGet("/", async (HttpContext http, CaseQueries queries, CancellationToken ct, int page = 1, int pageSize = 25) =>
            await queries.ListUnitCasesAsync(http.User.ToHubUser()!, page, pageSize, ct) is { } result
                ? Results.Ok(result)
                : Results.Problem("Only a contact person has a unit case list.", statusCode: StatusCodes.Status403Forbidden))
            .WithName("ListUnitCases")
            .WithSummary("List my unit's cases")
            .WithDescription("Contact persons only: the cases of the caller's unit, without personal details, paged with `page` (from 1) and `pageSize`.")
            .Produces<PagedList<CaseSummary>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        // Beside /cases, not under it: /cases/{id}/… and /cases/by-reference/… would be ambiguous paths to a client.
        api.MapGet("/case-references/{reference}", async (string reference, HttpContext http, CaseSearch search, CancellationToken ct) =>
        {
            if (CaseReference.Parse(reference) is not { } parsed) return ApiProblems.Validation("reference", RuleCode.ReferenceFormat);
            return await search.FindByReferenceAsync(http.User.ToHubUser()!, parsed, ct) is { } found ? Results.Ok(found) : ResultMapping.NotFound();
        }).WithTags("Cases").WithName("FindCaseByReference")
            .WithSummary("Find a case by its reference")
            .WithDescription("The case with this reference number (`KH-2026-000123`; `kh-2026-123` is read the same) as a list row, without personal " +
                             "details: for an officer a case they hold or an unclaimed one, for a contact person a case of their unit. " +
                             "400 when it is not a reference; 404 whether no case has it or the caller may not see it.")
            .Produces<CaseSummary>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapGet("/{id:guid}", async (Guid id, HttpContext http, CaseQueries queries, CancellationToken ct) =>
        {
            var reason = AccessReason.From(http);
            var view = await queries.GetAsync(http.User.ToHubUser()!, id, string.IsNullOrWhiteSpace(reason) ? "case handling" : reason.Trim(), ct);
            return view is null ? ResultMapping.NotFound() : Results.Ok(view);
        }).WithName("GetCase")
            .WithSummary("Open a case")
            .WithDescription("The whole case with personal details, decision, attachments, history and the actions the caller may take now. " +
                             "Each read is audit-logged with the reason in `X-Access-Reason`. 404 whether the case does not exist or the caller may not see it.")
            .WithAccessReasonHeader()
            .Produces<CaseView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        MapAction(cases, "claim", "ClaimCase", (id, r) => new ClaimCase(id, r.ExpectedVersion));
        MapAction(cases, "supplement-request", "RequestSupplement", (id, r) => new RequestSupplement(id, r.Question, r.ExpectedVersion));
        MapAction(cases, "supplement", "ProvideSupplement", (id, r) => new ProvideSupplement(id, r.Answer, r.ExpectedVersion));
        MapAction(cases, "decision", "DecideCase", (id, r) => new DecideCase(id, r.ToDecision(), r.ExpectedVersion));
        MapAction(cases, "close", "CloseCase", (id, r) => new CloseCase(id, r.ClosureReason, r.ExpectedVersion));
        MapAction(cases, "reject", "RejectCase", (id, r) => new RejectCase(id, r.ReasonCode, r.Explanation, r.ExpectedVersion));
        MapAction(cases, "hand-over", "HandOverCase", (id, r) => new HandOverCase(id, r.ToOfficerId, r.Explanation, r.ExpectedVersion));
        MapAction(cases, "release", "ReleaseCase", (id, r) => new ReleaseCase(id, r.Explanation, r.ExpectedVersion));
        MapAction(cases, "withdraw", "WithdrawCase", (id, r) => new WithdrawCase(id, r.ExpectedVersion));
    }

    /// <summary>OpenAPI summary and description of each case action, by endpoint name.</summary>
    private static readonly Dictionary<string, (string Summary, string Description)> ActionDocs = new()
    {
        ["ClaimCase"] = ("Claim a case", "An employment officer claims a case from their own queue or an unclaimed one from the shared AF queue."),
        ["RequestSupplement"] = ("Ask for a supplement", "The officer handling the case asks the contact person a `question`."),
        ["ProvideSupplement"] = ("Answer a supplement request", "The contact person gives the `answer` the officer asked for."),
        ["DecideCase"] = ("Decide a case", "The officer handling the case records the decision: `outcome`, `explanation` and the fields the case type's decision needs."),
        ["CloseCase"] = ("Close a case", "The officer handling the case closes it with a `closureReason` (required: the indicators count closures by it; 400 names the field when it is missing)."),
        ["RejectCase"] = ("Reject a case", "The officer handling the case rejects it with a `reasonCode` and an `explanation`."),
        ["HandOverCase"] = ("Hand a case over", "The officer handling the case gives it to another active officer (`toOfficerId`), unclaimed, with an `explanation`."),
        ["ReleaseCase"] = ("Release a case", "The officer handling the case puts it back, unclaimed, into the shared AF queue, with an `explanation`."),
        ["WithdrawCase"] = ("Withdraw a case", "The contact person withdraws the case."),
    };

    private static void MapAction(
        RouteGroupBuilder group, string path, string name,
        Func<Guid, CaseActionRequest, CaseActionCommand> command)
    {
        group.MapPost($"/{{id:guid}}/{path}", async (Guid id, CaseActionRequest? request, HttpContext http, CaseActions actions, CancellationToken ct) =>
                (await actions.RunAsync(http.User.ToHubUser()!, command(id, request ?? new CaseActionRequest()), ct)).ToHttp())
            .WithName(name)
            .WithSummary(ActionDocs[name].Summary)
            .WithDescription(ActionDocs[name].Description + " With `expectedVersion` in the body, a case that changed since it was loaded gets 409 " +
                             "instead of being overwritten. 403 when the caller's role or queue may not do this, 404 when the case is not visible to the caller, " +
                             "409 when the case's status does not allow the action now.")
            .Produces<CaseStatusResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}

using KommunHubben.Hosting;
using KommunHubben.Application.Cases;

namespace KommunHubben.Api.Endpoints;

/// <summary>/api/v1/cases/{id}/follow-ups: the contact person records a follow-up after a closure to work or studies.</summary>
public static class FollowUpEndpoints
{
    public static void MapFollowUpEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/cases/{id:guid}/follow-ups", async (Guid id, FollowUpCommands.FollowUpInput input, HttpContext http, FollowUpCommands commands, CancellationToken ct) =>
                (await commands.RecordAsync(http.User.ToHubUser()!, id, input, ct)).ToHttp())
            .WithTags("Cases")
            .WithName("RecordFollowUp")
            .WithSummary("Record a follow-up after closure")
            .WithDescription("A contact person of the case's unit: `kind` = FollowUp3Months or FollowUp6Months with `inWorkOrStudies`, or " +
                             "SelfSufficiency6Months with `selfSufficient`. Only for cases closed to work or studies; once per kind (409 after).")
            .Produces<CaseStatusResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}

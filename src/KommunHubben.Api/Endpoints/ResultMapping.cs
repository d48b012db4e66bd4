using KommunHubben.Application.Cases;
using KommunHubben.Web.Texts;

namespace KommunHubben.Api.Endpoints;

/// <summary>Turns use-case results into HTTP answers: problem details for every error, naming the field and rule.</summary>
public static class ResultMapping
{
    public static IResult ToHttp(this CommandResult result, Func<CommandResult.Ok, IResult>? ok = null) => result switch
    {
        CommandResult.Ok success => ok?.Invoke(success) ?? Results.Ok(new CaseStatusResponse(success.CaseId, success.Status, success.Version)),
        CommandResult.Invalid invalid => ApiProblems.Validation(invalid.Errors),
        CommandResult.Refused refused => ApiProblems.Validation(refused.Errors, UiText.RefusedTitle(refused.Title), StatusCodes.Status422UnprocessableEntity),
        CommandResult.NotFound => NotFound(),
        CommandResult.NothingLeft => Results.Problem("There is no unclaimed case in your queue or the AF queue.",
            statusCode: StatusCodes.Status404NotFound, title: "Nothing left to claim"),
        CommandResult.Forbidden forbidden => Results.Problem(forbidden.Reason, statusCode: StatusCodes.Status403Forbidden, title: "Not allowed"),
        CommandResult.Conflict conflict => Results.Problem(UiText.WordConflict(conflict), statusCode: StatusCodes.Status409Conflict,
            title: UiText.Text("ConflictTitle"),
            extensions: new Dictionary<string, object?> { ["errorCodes"] = new Dictionary<string, string[]> { ["conflict"] = [conflict.Code] } }),
        _ => throw new InvalidOperationException($"Unmapped result {result.GetType().Name}"),
    };

    /// <summary>Same answer whether the case does not exist or the caller may not see it.</summary>
    public static IResult NotFound() =>
        Results.Problem("No case with that id is visible to you.", statusCode: StatusCodes.Status404NotFound, title: "Case not found");
}

public sealed record CaseStatusResponse(Guid Id, string Status, int Version);

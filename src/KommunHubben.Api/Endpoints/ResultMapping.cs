using KommunHubben.Application.Cases;

namespace KommunHubben.Api.Endpoints;

/// <summary>Turns use-case results into HTTP answers: problem details for every error, naming the field and rule.</summary>
public static class ResultMapping
{
    public static IResult ToHttp(this CommandResult result, Func<CommandResult.Ok, IResult>? ok = null) => result switch
    {
        CommandResult.Ok success => ok?.Invoke(success) ?? Results.Ok(new CaseStatusResponse(success.CaseId, success.Status, success.Version)),
        CommandResult.Invalid invalid => Results.ValidationProblem(
            invalid.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Rule).ToArray()),
            title: "One or more fields break a rule; nothing was saved.",
            statusCode: StatusCodes.Status400BadRequest),
        CommandResult.Refused refused => Results.ValidationProblem(
            refused.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Rule).ToArray()),
            title: refused.Title,
            statusCode: StatusCodes.Status422UnprocessableEntity),
        CommandResult.NotFound => NotFound(),
        CommandResult.NothingLeft => Results.Problem("There is no unclaimed case in your queue or the AF queue.",
            statusCode: StatusCodes.Status404NotFound, title: "Nothing left to claim"),
        CommandResult.Forbidden forbidden => Results.Problem(forbidden.Reason, statusCode: StatusCodes.Status403Forbidden, title: "Not allowed"),
        CommandResult.Conflict conflict => Results.Problem(conflict.Reason, statusCode: StatusCodes.Status409Conflict, title: "The case cannot change like that now"),
        _ => throw new InvalidOperationException($"Unmapped result {result.GetType().Name}"),
    };

    /// <summary>Same answer whether the case does not exist or the caller may not see it.</summary>
    public static IResult NotFound() =>
        Results.Problem("No case with that id is visible to you.", statusCode: StatusCodes.Status404NotFound, title: "Case not found");
}

public sealed record CaseStatusResponse(Guid Id, string Status, int Version);

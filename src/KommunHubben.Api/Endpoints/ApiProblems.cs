using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Web.Texts;

namespace KommunHubben.Api.Endpoints;

/// <summary>
/// Problem details for broken rules, in the caller's language (Accept-Language: Swedish by default, English): each
/// field's messages under <c>errors</c> and the same rules' codes under <c>errorCodes</c>, so that an integration
/// branches on the code and a person reads the message.
/// </summary>
public static class ApiProblems
{
    public static IResult Validation(IEnumerable<ValidationError> errors, string? title = null, int statusCode = StatusCodes.Status400BadRequest)
    {
        var byField = errors.GroupBy(e => e.Field).ToList();
        return Results.ValidationProblem(
            byField.ToDictionary(g => g.Key, g => g.Select(UiText.WordRule).ToArray()),
            title: title ?? UiText.Text("ApiInvalidTitle"),
            statusCode: statusCode,
            extensions: new Dictionary<string, object?>
            {
                ["errorCodes"] = byField.ToDictionary(g => g.Key, g => g.Select(e => e.Code).ToArray()),
            });
    }

    /// <summary>One broken rule of one field.</summary>
    public static IResult Validation(string field, string code, params object[] args) =>
        Validation([new ValidationError(field, code, args)]);
}

using Microsoft.AspNetCore.Diagnostics;

namespace KommunHubben.Api.Errors;

/// <summary>
/// How the API answers what goes wrong. A request the API cannot read (malformed JSON, a wrong value type, a body
/// over the limit) is the caller's mistake: a 400/413 problem that says where, and at most one short Information line
/// — never the exception handler's error entry with a stack trace, or anyone could fill the error log. Anything else
/// is ours: a 500 that reveals nothing, logged as an error by the exception handler.
/// </summary>
public static class ApiErrors
{
    /// <summary>The log category of refused requests, so an operator can raise or silence it on its own.</summary>
    public const string ClientErrorCategory = "KommunHubben.Api.ClientErrors";

    public static void UseHubApiErrors(this IApplicationBuilder api)
    {
        api.UseExceptionHandler(handler => handler.Run(WriteServerError));
        // Inside the exception handler, so an unreadable request is answered here and never reaches it.
        api.Use(AnswerUnreadableRequests);
        api.UseStatusCodePages();
    }

    private static async Task AnswerUnreadableRequests(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException bad) when (!context.Response.HasStarted)
        {
            // The parser's path names where (e.g. $.generalQuestion.topic), never the value; the exception's own
            // message can quote a route or query value, so it is neither logged nor echoed.
            var where = bad.InnerException is System.Text.Json.JsonException json ? json.Path ?? "$" : null;
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(ClientErrorCategory).LogInformation(
                "Refused unreadable request {Method} {Path}: {Status}{Where}",
                context.Request.Method, context.Request.Path.Value, bad.StatusCode, where is null ? "" : $" at {where}");
            context.Response.Clear();
            context.Response.StatusCode = bad.StatusCode;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = bad.StatusCode,
                    Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request too large" : "Bad request",
                    Detail = where is not null
                        ? $"The request body is not valid JSON for this endpoint (at {where})."
                        : bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                            ? "The request body is larger than this endpoint accepts."
                            : "The request could not be read.",
                },
            });
        }
    }

    private static async Task WriteServerError(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = 500, Title = "Something went wrong on our side; nothing was half-saved. Try again." },
        });
    }
}

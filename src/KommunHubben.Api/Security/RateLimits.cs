using System.Threading.RateLimiting;
using KommunHubben.Hosting;
using KommunHubben.Web;
using Microsoft.AspNetCore.RateLimiting;

namespace KommunHubben.Api.Security;

/// <summary>Configuration section <c>Hub:RateLimits</c>.</summary>
public sealed class RateLimitOptions
{
    /// <summary>The configuration section this is bound from.</summary>
    public const string Section = "Hub:RateLimits";

    /// <summary>Writes that create something (cases, consents, uploads) per user and minute.</summary>
    public int SubmissionsPerMinute { get; set; } = 60;

    /// <summary>Unauthenticated requests per client address and minute: guesses at sign-in are slowed down.</summary>
    public int AnonymousPerMinute { get; set; } = 60;

    /// <summary>Sign-in attempts (posts of the sign-in page) per client address and minute.</summary>
    public int SignInsPerMinute { get; set; } = 10;
}

/// <summary>
/// Rate limits, decided in one place for the whole API and the pages: creating requests are limited per signed-in
/// user, sign-in attempts and anonymous requests per address. A limited caller gets 429 problem details with Retry-After.
/// </summary>
public static class RateLimits
{
    private static readonly string[] CreatingPaths = ["/api/v1/cases", "/api/v1/consents", "/api/v1/attachments"];

    public static void AddHubRateLimits(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                // A page gets the workspaces' own error page (status code pages), an API caller problem details.
                if (WebServices.IsPage(context.HttpContext)) return;
                await Results.Problem("Too many requests in a short time. Wait a minute and try again.",
                    statusCode: StatusCodes.Status429TooManyRequests, title: "Slow down").ExecuteAsync(context.HttpContext);
            };
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                if (HttpMethods.IsPost(http.Request.Method) && http.Request.Path.Equals(PageSignIn.SignInPath, StringComparison.OrdinalIgnoreCase))
                    return RateLimitPartition.GetFixedWindowLimiter($"signin:{http.Connection.RemoteIpAddress}", _ => Window(options.SignInsPerMinute));
                var user = http.User.ToHubUser();
                if (user is null)
                    return RateLimitPartition.GetFixedWindowLimiter($"anon:{http.Connection.RemoteIpAddress}", _ => Window(options.AnonymousPerMinute));
                if (HttpMethods.IsPost(http.Request.Method) && CreatingPaths.Any(p => http.Request.Path.Equals(p, StringComparison.OrdinalIgnoreCase)))
                    return RateLimitPartition.GetFixedWindowLimiter($"create:{user.UserId}", _ => Window(options.SubmissionsPerMinute));
                return RateLimitPartition.GetNoLimiter("unlimited");
            });
        });
    }

    private static FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
    };
}

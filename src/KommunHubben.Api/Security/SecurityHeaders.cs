namespace KommunHubben.Api.Security;

/// <summary>
/// Response headers every page and API answer carries. API answers can hold personal data, so they must never be
/// cached; pages must never be framed or sniffed into another content type.
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseHubSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers["X-Content-Type-Options"] = "nosniff";
            headers["X-Frame-Options"] = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Content-Security-Policy"] = "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'none'";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            if (context.Request.Path.StartsWithSegments("/api"))
                headers["Cache-Control"] = "no-store";
            return Task.CompletedTask;
        });
        await next();
    });
}

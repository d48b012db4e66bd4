using KommunHubben.Api.Auth;
using KommunHubben.Api.Endpoints;
using KommunHubben.Api.Errors;
using KommunHubben.Api.OpenApi;
using KommunHubben.Api.Security;
using KommunHubben.Hosting.Telemetry;
using KommunHubben.Web;
using Microsoft.AspNetCore.Http.Json;

namespace KommunHubben.Api;

public static class ApiServices
{
    public static void AddHubApi(this WebApplicationBuilder builder)
    {
        builder.AddHubAuthentication();
        builder.AddHubWeb();
        builder.AddHubRateLimits();
        builder.Services.AddProblemDetails();
        // Outside Development, minimal APIs answer an unreadable body with a bare 400 that names nothing. Throwing lets
        // ApiErrors say where in the JSON the problem is, in every environment (as a client error, not a server one).
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddHubOpenApi();
        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
    }

    public static void MapHubApi(this WebApplication app)
    {
        // First: a scrape (or anything on the metrics management port) never reaches sign-in, rate limits or pages.
        app.UseHubMetrics();
        app.UseHubSecurityHeaders();
        app.UseWhen(context => !WebServices.IsPage(context), api =>
        {
            api.UseHubApiErrors();
        });
        app.UseHubPageErrors();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        // Explicitly after the status-code pages: a re-executed error page must be routed again.
        app.UseRouting();
        app.UseAuthentication();
        // After authentication: the limits are per signed-in user.
        app.UseRateLimiter();
        app.UseAuthorization();

        app.MapRazorPages();
        app.MapOpenApi("/openapi/{documentName}.json");
        // Readiness: database and broker reachable. Liveness: the process answers (a database outage must not restart it).
        app.MapHealthChecks("/health");
        app.MapHealthChecks("/health/live", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false });

        var api = app.MapGroup("/api/v1").RequireAuthorization();
        api.MapMeEndpoints();
        api.MapCaseEndpoints();
        api.MapQueueEndpoints();
        api.MapConsentEndpoints();
        api.MapNotificationEndpoints();
        api.MapAttachmentEndpoints();
        api.MapOfficerEndpoints();
        api.MapAuditEndpoints();
        api.MapOccupationEndpoints();
        app.MapAfWebhook();
        api.MapIndicatorEndpoints();
        api.MapProjectEndpoints();
        api.MapFollowUpEndpoints();
        api.MapReceiptEndpoints();
        api.MapConversationEndpoints();
    }
}

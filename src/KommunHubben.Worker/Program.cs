using KommunHubben.Hosting;
using KommunHubben.Hosting.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;

// The workflow worker: routes cases and owns their lifecycle. Configuration from appsettings and environment only.
// It answers nothing but its metrics (/metrics, see Hub:Telemetry:Metrics) and its health (/health: database and broker; /health/live: the process runs) for orchestrators'
// probes, on ASPNETCORE_URLS (e.g. http://+:8081). Unset, it listens on a free loopback port, so several workers can
// share one machine.
var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
    builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.AddHubServiceDefaults(forceWorkflow: true);

var app = builder.Build();
app.UseHubMetrics();
app.MapHealthChecks("/health");
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
await app.RunAsync();

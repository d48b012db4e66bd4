using KommunHubben.Gateway.Health;
using KommunHubben.Hosting;
using KommunHubben.Hosting.Telemetry;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

// The AF gateway worker: forwards cases, supplements and acknowledgements to Arbetsförmedlingen's side and polls it
// for statuses. Its own process so an AF outage backs up only its queue. Health, status and metrics on its own port.
var builder = WebApplication.CreateBuilder(args);
builder.AddHubServiceDefaults(forceGateway: true);

var app = builder.Build();
app.UseHubMetrics();
// Readiness: database and broker (an open circuit to AF is Degraded, still 200: the queue just waits). Liveness: the
// process answers (an AF or database outage must not restart it).
app.MapHealthChecks("/health");
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapAfGatewayStatus();
app.Run();

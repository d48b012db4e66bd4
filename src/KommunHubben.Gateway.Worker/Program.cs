using KommunHubben.Gateway.Health;
using KommunHubben.Hosting;

// The AF gateway worker: forwards cases, supplements and acknowledgements to Arbetsförmedlingen's side and polls it
// for statuses. Its own process so an AF outage backs up only its queue. Health and status on its own port.
var builder = WebApplication.CreateBuilder(args);
builder.AddHubServiceDefaults(forceGateway: true);

var app = builder.Build();
app.MapHealthChecks("/health");
app.MapAfGatewayStatus();
app.Run();

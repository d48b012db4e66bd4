using KommunHubben.Hosting;

// The workflow worker: routes cases and owns their lifecycle. Configuration from appsettings and environment only.
var builder = Host.CreateApplicationBuilder(args);
builder.AddHubServiceDefaults(forceWorkflow: true);
await builder.Build().RunAsync();

using KommunHubben.Api;
using KommunHubben.Hosting;

// The API host. `dotnet run` gives the embedded default (see appsettings.json); production sets
// Hub:* through appsettings.Production.json and environment variables.
var builder = WebApplication.CreateBuilder(args);
builder.AddHubServiceDefaults();
builder.AddHubApi();

var app = builder.Build();
app.MapHubApi();
app.Run();

using KommunHubben.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KommunHubben.Hosting;

/// <summary>
/// Brings the database up to date before anything else starts. Registered before the bus, and hosted services
/// start in registration order, so no consumer or relay touches a schema that is not there yet.
/// </summary>
public sealed class DatabaseStartup(IServiceScopeFactory scopes, IOptions<HubHostOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(options.Value.SeedDemo, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

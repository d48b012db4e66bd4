using KommunHubben.Application.Retention;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KommunHubben.Workflow.Retention;

/// <summary>
/// Runs the retention schedule in every workflow process, like <see cref="Deadlines.DeadlineService"/> runs deadlines:
/// a plain loop on the process's clock rather than deadline rows, because retention is not a per-case moment to fire
/// but a standing condition ("finished more than N months ago") that one query finds. Several instances are safe: each
/// batch locks its cases with FOR UPDATE SKIP LOCKED.
/// </summary>
public sealed class RetentionService(IServiceScopeFactory scopes, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var removed = await scope.ServiceProvider.GetRequiredService<RetentionJob>().RunAsync(stoppingToken);
                foreach (var (kind, count) in removed)
                    log.LogInformation("Retention removed {Count} item(s) of {Kind}", count, kind);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning("Retention round failed ({Error}); what is due stays due and is tried next round", ex.GetType().Name);
            }
            await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
        }
    }
}

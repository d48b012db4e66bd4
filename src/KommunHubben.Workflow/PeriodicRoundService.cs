using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KommunHubben.Workflow;

/// <summary>
/// A job that finds a standing condition with one query ("finished more than N months ago", "a consent ends within 30
/// days") and acts on it, run in rounds on the process's clock in every workflow process — not deadline rows, because
/// nothing here is a per-case moment to fire. A failed round is logged by its error type only (no personal data) and
/// what was due stays due for the next round. Several instances are safe where each job locks its rows (SKIP LOCKED).
/// </summary>
public abstract class PeriodicRoundService(IServiceScopeFactory scopes, TimeProvider clock, ILogger log) : BackgroundService
{
    protected abstract string Name { get; }
    protected abstract bool Enabled { get; }
    protected abstract TimeSpan PollInterval { get; }

    /// <summary>One round in its own scope; the job logs what it did.</summary>
    protected abstract Task RunRoundAsync(IServiceProvider services, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await RunRoundAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning("{Job} round failed ({Error}); what is due stays due and is tried next round", Name, ex.GetType().Name);
            }
            await Task.Delay(PollInterval, clock, stoppingToken);
        }
    }
}

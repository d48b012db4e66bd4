using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KommunHubben.Workflow.Deadlines;

/// <summary>Configuration section <c>Hub:Deadlines</c>.</summary>
public sealed class DeadlineServiceOptions
{
    /// <summary>The configuration section this is bound from.</summary>
    public const string Section = "Hub:Deadlines";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>Runs the deadline scheduler in every workflow process; safe with any number of instances.</summary>
public sealed class DeadlineService(IServiceScopeFactory scopes, IOptions<DeadlineServiceOptions> options, TimeProvider clock, ILogger<DeadlineService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                int fired;
                do
                {
                    await using var scope = scopes.CreateAsyncScope();
                    fired = await scope.ServiceProvider.GetRequiredService<DeadlineScheduler>().RunOnceAsync(stoppingToken);
                    if (fired > 0) log.LogInformation("Fired {Count} deadline(s)", fired);
                } while (fired == DeadlineScheduler.BatchSize);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning("Deadline round failed ({Error}); the deadlines stay due and are tried next round", ex.GetType().Name);
            }
            await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
        }
    }
}

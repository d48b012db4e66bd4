using KommunHubben.Application.Retention;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KommunHubben.Workflow.Retention;

/// <summary>Runs the retention schedule in rounds (<see cref="PeriodicRoundService"/>); each batch locks its cases.</summary>
public sealed class RetentionService(IServiceScopeFactory scopes, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionService> log)
    : PeriodicRoundService(scopes, clock, log)
{
    protected override string Name => "Retention";
    protected override bool Enabled => options.Value.Enabled;
    protected override TimeSpan PollInterval => options.Value.PollInterval;

    protected override async Task RunRoundAsync(IServiceProvider services, CancellationToken ct)
    {
        var removed = await services.GetRequiredService<RetentionJob>().RunAsync(ct);
        foreach (var (kind, count) in removed)
            log.LogInformation("Retention removed {Count} item(s) of {Kind}", count, kind);
    }
}

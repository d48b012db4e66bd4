using KommunHubben.Application.Consents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KommunHubben.Workflow.Consents;

/// <summary>
/// Runs the consent expiry job in every workflow process, the way <see cref="Retention.RetentionService"/> runs the
/// retention schedule: a plain loop on the process's clock, because "a consent ends within 30 days" or "has ended" is a
/// standing condition one query finds, not a per-case moment for a deadline row (a consent is not a case, and its
/// cases come and go). Several instances are safe: each batch locks its consents with FOR UPDATE SKIP LOCKED.
/// </summary>
public sealed class ConsentExpiryService(IServiceScopeFactory scopes, IOptions<ConsentExpiryOptions> options, TimeProvider clock, ILogger<ConsentExpiryService> log)
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
                var result = await scope.ServiceProvider.GetRequiredService<ConsentExpiryJob>().RunAsync(stoppingToken);
                if (result.Notices > 0) log.LogInformation("Consent expiry: {Count} notice(s) of a consent about to end", result.Notices);
                if (result.CasesStopped > 0) log.LogInformation("Consent expiry: {Count} case(s) stopped, their consent has ended", result.CasesStopped);
                if (result.Deferred > 0) log.LogInformation("Consent expiry: {Count} consent(s) met a concurrent change and are tried next round", result.Deferred);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning("Consent expiry round failed ({Error}); what is due stays due and is tried next round", ex.GetType().Name);
            }
            await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
        }
    }
}

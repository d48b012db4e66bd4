using KommunHubben.Application.Consents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KommunHubben.Workflow.Consents;

/// <summary>
/// Runs the consent expiry job in rounds (<see cref="PeriodicRoundService"/>): "a consent ends within 30 days" or "has
/// ended" is a standing condition, and a consent is not a case with deadline rows. Each batch locks its consents.
/// </summary>
public sealed class ConsentExpiryService(IServiceScopeFactory scopes, IOptions<ConsentExpiryOptions> options, TimeProvider clock, ILogger<ConsentExpiryService> log)
    : PeriodicRoundService(scopes, clock, log)
{
    protected override string Name => "Consent expiry";
    protected override bool Enabled => options.Value.Enabled;
    protected override TimeSpan PollInterval => options.Value.PollInterval;

    protected override async Task RunRoundAsync(IServiceProvider services, CancellationToken ct)
    {
        var result = await services.GetRequiredService<ConsentExpiryJob>().RunAsync(ct);
        if (result.Notices > 0) log.LogInformation("Consent expiry: {Count} notice(s) of a consent about to end", result.Notices);
        if (result.CasesStopped > 0) log.LogInformation("Consent expiry: {Count} case(s) stopped, their consent has ended", result.CasesStopped);
        if (result.Deferred > 0) log.LogInformation("Consent expiry: {Count} consent(s) met a concurrent change and are tried next round", result.Deferred);
    }
}

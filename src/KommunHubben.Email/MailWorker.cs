using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KommunHubben.Email;

/// <summary>
/// The mail worker: in every workflow process (and the embedded default), never on a request thread. Each round plans
/// new notices and receipts, plans the day's digests, then sends what is due. Safe with any number of instances.
/// </summary>
public sealed class MailWorker(IServiceScopeFactory scopes, IOptions<EmailOptions> options, TimeProvider clock, ILogger<MailWorker> log)
    : BackgroundService
{
    private const int SendsPerRound = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        log.LogInformation("Mail worker started: {Host}:{Port} ({Security})", options.Value.Host, options.Value.Port, options.Value.Security);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RoundAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning("Mail round failed ({Error}); the notices stay and are tried next round", ex.GetType().Name);
            }
            await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
        }
    }

    private async Task RoundAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        while (await services.GetRequiredService<NoticePlanner>().RunOnceAsync(ct) == NoticePlanner.BatchSize) { }
        await services.GetRequiredService<ReceiptPlanner>().RunOnceAsync(ct);
        if (options.Value.Digests) await services.GetRequiredService<DigestPlanner>().RunOnceAsync(ct);
        var sent = await services.GetRequiredService<MailDispatcher>().RunOnceAsync(SendsPerRound, ct);
        if (sent > 0) log.LogInformation("Sent {Count} mail(s)", sent);
    }
}

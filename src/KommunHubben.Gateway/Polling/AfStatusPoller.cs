using System.Net;
using KommunHubben.Contracts;
using KommunHubben.Gateway.Af;
using KommunHubben.Gateway.Options;
using KommunHubben.Messaging.Outbox;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using KommunHubben.Persistence.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;

namespace KommunHubben.Gateway.Polling;

/// <summary>
/// Asks AF for the status of forwarded cases that are not yet decided, least recently polled first, with
/// If-None-Match so an unchanged case costs AF a 304 and nothing more. A changed status is written to the outbox as
/// <see cref="AfCaseStatusReported"/> (source <c>poll</c>) — the webhook's event — so the intake records it once
/// whichever path saw it first. Several gateway instances may poll the same case; the intake makes that harmless.
/// </summary>
public sealed class AfStatusPoller(
    IServiceScopeFactory scopes, OutboxSignal signal, IOptions<AfGatewayOptions> options, TimeProvider clock, ILogger<AfStatusPoller> log)
    : BackgroundService
{
    /// <summary>AF statuses after which nothing more changes.</summary>
    public static readonly string[] FinalStatuses = ["Decided", "Closed", "Rejected"];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.Polling.Interval;
        if (interval <= TimeSpan.Zero) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await PollOnceAsync(stoppingToken); }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning("AF status polling round failed ({Error}); trying again next round", ex.GetType().Name);
            }
            await Task.Delay(interval, clock, stoppingToken);
        }
    }

    /// <summary>One round; returns how many changed statuses it found.</summary>
    public async Task<int> PollOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var af = scope.ServiceProvider.GetRequiredService<IAfCasesApi>();
        var rows = await db.AfForwardings
            .Where(f => f.Status == AfForwardingStatus.Forwarded && (f.AfStatus == null || !FinalStatuses.Contains(f.AfStatus)))
            .OrderBy(f => f.LastPolledAt ?? DateTime.MinValue)
            .Take(options.Value.Polling.BatchSize)
            .ToListAsync(ct);
        var changed = 0;
        foreach (var row in rows)
        {
            IApiResponse<AfCaseStatusView> response;
            try { response = await af.GetCaseAsync(row.AfReference!, row.AfETag, ct); }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                // AF unreachable or the circuit is open: keep what was found so far, try the rest next round.
                log.LogInformation("AF status polling paused this round ({Error})", ex.GetType().Name);
                break;
            }
            using var _ = response;
            var now = clock.GetUtcNow().UtcDateTime;
            if (response.StatusCode == HttpStatusCode.OK && response.Content is { } view)
            {
                row.RecordPoll(response.Headers?.ETag?.ToString(), now);
                if (view.Status != row.AfStatus || view.Outcome != row.AfOutcome)
                {
                    db.PublishAfterCommit(new AfCaseStatusReported(
                        row.CaseId, row.AfReference!, view.Status, view.Outcome, view.UpdatedAt.ToUniversalTime(), "poll"), now);
                    changed++;
                }
            }
            else
                row.RecordPoll(null, now); // 304 Not Modified, or AF unavailable: try again next round
        }
        await db.SaveChangesAsync(ct);
        if (changed > 0) signal.Notify();
        return changed;
    }
}

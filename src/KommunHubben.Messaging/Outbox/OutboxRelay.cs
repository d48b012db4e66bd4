using KommunHubben.Persistence;
using KommunHubben.Persistence.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KommunHubben.Messaging.Outbox;

/// <summary>
/// Publishes committed outbox rows to the bus and marks them published. Runs in every process that writes
/// outbox rows. On PostgreSQL several relays share the table safely: each round locks its rows with
/// FOR UPDATE SKIP LOCKED, so a row is taken by one relay at a time. A crash after publishing but before marking
/// means the row is published again with the same message id — the consumers' inbox makes that harmless.
/// </summary>
public sealed class OutboxRelay(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    IOptions<DatabaseOptions> database,
    TimeProvider clock,
    ILogger<OutboxRelay> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.RelayEnabled)
        {
            log.LogWarning("Outbox relay switched off (Hub:Outbox:RelayEnabled=false): this process publishes nothing");
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            int published;
            try
            {
                published = await RelayOneBatchAsync(o.BatchSize, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Broker or database away: keep the rows, try again shortly. Nothing is lost while we wait.
                log.LogWarning("Outbox relay round failed ({Error}); retrying", ex.GetType().Name + ": " + ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), clock, stoppingToken);
                continue;
            }
            if (published < o.BatchSize)
                await signal.WaitAsync(o.PollInterval, stoppingToken);
        }
    }

    /// <summary>Publishes up to <paramref name="batchSize"/> pending rows; returns how many.</summary>
    public async Task<int> RelayOneBatchAsync(int batchSize, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var postgres = database.Value.Provider == DatabaseProvider.Postgres;

        // SQLite has one writer and no row locks; its relay runs in the single embedded process, so no lock is needed.
        await using var tx = postgres ? await db.Database.BeginTransactionAsync(ct) : null;
        var rows = postgres
            ? await db.Outbox
                .FromSqlRaw("""SELECT * FROM outbox WHERE "PublishedAt" IS NULL ORDER BY "Id" LIMIT {0} FOR UPDATE SKIP LOCKED""", batchSize)
                .AsNoTracking().ToListAsync(ct)
            : await db.Outbox.AsNoTracking().Where(m => m.PublishedAt == null).OrderBy(m => m.Id).Take(batchSize).ToListAsync(ct);
        if (rows.Count == 0)
            return 0;

        // Publish the batch concurrently: awaiting each broker confirm in turn would cap throughput at a few hundred/s.
        // Bounded: a confirm lost with a dying node must not hold these rows locked, unpublished, for good.
        using var confirmWindow = CancellationTokenSource.CreateLinkedTokenSource(ct);
        confirmWindow.CancelAfter(options.Value.PublishTimeout);
        await Task.WhenAll(rows.Select(row => bus.Publish(
            ContractTypes.FromOutbox(row),
            ContractTypes.Resolve(row.MessageType),
            context => context.MessageId = row.MessageId,
            confirmWindow.Token))).WaitAsync(options.Value.PublishTimeout, ct);

        // One statement marks the whole batch, instead of one UPDATE per row.
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = rows.Select(r => r.Id).ToList();
        await db.Outbox.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(s => s.SetProperty(m => m.PublishedAt, now), ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return rows.Count;
    }
}

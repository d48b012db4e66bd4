using System.Collections.Concurrent;
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
/// A message the broker returns as unroutable (its consumer's queue does not exist yet: the API started on a fresh
/// broker before any worker) stays unpublished, so the order in which processes are deployed does not matter. Its type
/// then waits <see cref="ReturnedRetryDelay"/> and is probed with one message before the rest follow, so a missing
/// consumer costs one returned publish per type and delay (each one a logged send fault), and other types go ahead.
/// On PostgreSQL a relay runs up to <see cref="OutboxOptions.RoundsInFlight"/> rounds at once: a round waits for the
/// broker's confirms (about 15 ms a round at 200 cases/s), and a message committed meanwhile is taken by the next
/// round instead of waiting for it. The rounds lock different rows, as two relays do; the consumers never relied on
/// the order in which messages leave.
/// </summary>
public sealed class OutboxRelay(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    RoutedMessageTypes routed,
    IOptions<OutboxOptions> options,
    IOptions<DatabaseOptions> database,
    TimeProvider clock,
    ILogger<OutboxRelay> log) : BackgroundService
{
    public static readonly TimeSpan ReturnedRetryDelay = TimeSpan.FromSeconds(5);

    // Message types the broker returned, with when to probe them again. This relay's own view, shared by its rounds:
    // another relay or round may try sooner, which is harmless.
    private readonly ConcurrentDictionary<string, DateTime> _returnedTypes = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.RelayEnabled)
        {
            log.LogWarning("Outbox relay switched off (Hub:Outbox:RelayEnabled=false): this process publishes nothing");
            return;
        }
        // SQLite has no row locks to keep two rounds off the same rows: one round at a time there.
        var rounds = database.Value.Provider == DatabaseProvider.Postgres ? Math.Max(1, o.RoundsInFlight) : 1;
        // Each loop runs a round, then waits for a commit's wake-up or the poll: a wake-up that comes while one loop
        // waits for its confirms starts the next round in another.
        await Task.WhenAll(Enumerable.Range(0, rounds).Select(i => Task.Run(() => RelayLoopAsync(o, polls: i == 0, stoppingToken), CancellationToken.None)));
    }

    /// <param name="polls">true for one loop: it also looks every poll interval for rows no wake-up announced (other
    /// processes', a crash's); the others wait for wake-ups only, so an idle relay asks once per interval.</param>
    private async Task RelayLoopAsync(OutboxOptions o, bool polls, CancellationToken stoppingToken)
    {
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
                await signal.WaitAsync(polls ? o.PollInterval : Timeout.InfiniteTimeSpan, stoppingToken);
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
        var now = clock.GetUtcNow().UtcDateTime;
        var waiting = TypesStillWaiting(now);
        var rows = postgres
            ? await db.Outbox
                .FromSqlRaw("""
                    SELECT * FROM outbox WHERE "PublishedAt" IS NULL AND NOT ("MessageType" = ANY({1}))
                    ORDER BY "Id" LIMIT {0} FOR UPDATE SKIP LOCKED
                    """, batchSize, waiting)
                .AsNoTracking().ToListAsync(ct)
            : await db.Outbox.AsNoTracking().Where(m => m.PublishedAt == null && !waiting.Contains(m.MessageType))
                .OrderBy(m => m.Id).Take(batchSize).ToListAsync(ct);
        if (rows.Count == 0)
            return 0;
        // A type that was returned before goes with one message (the probe) until the broker takes it again.
        rows = rows.Where((row, i) => !_returnedTypes.ContainsKey(row.MessageType)
                                      || rows.FindIndex(r => r.MessageType == row.MessageType) == i).ToList();

        // Publish the batch concurrently: awaiting each broker confirm in turn would cap throughput at a few hundred/s.
        // Bounded: a confirm lost with a dying node must not hold these rows locked, unpublished, for good.
        using var confirmWindow = CancellationTokenSource.CreateLinkedTokenSource(ct);
        confirmWindow.CancelAfter(options.Value.PublishTimeout);
        var outcomes = await Task.WhenAll(rows.Select(PublishAsync)).WaitAsync(options.Value.PublishTimeout, ct);
        var published = rows.Where((_, i) => outcomes[i]).Select(r => r.Id).ToList();
        foreach (var row in rows.Where((_, i) => outcomes[i])) _returnedTypes.TryRemove(row.MessageType, out _);
        var returned = rows.Where((_, i) => !outcomes[i]).Select(r => r.MessageType).Distinct().ToList();
        if (returned.Count > 0)
        {
            foreach (var type in returned) _returnedTypes[type] = now + ReturnedRetryDelay;
            log.LogWarning("No queue takes {MessageTypes} yet (its consumer has not started on this broker); the messages are kept and tried again in {Delay} s",
                string.Join(", ", returned), ReturnedRetryDelay.TotalSeconds);
        }

        // One statement marks the whole batch, instead of one UPDATE per row.
        if (published.Count > 0)
            await db.Outbox.Where(m => published.Contains(m.Id)).ExecuteUpdateAsync(s => s.SetProperty(m => m.PublishedAt, now), ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return published.Count;

        async Task<bool> PublishAsync(OutboxMessage row)
        {
            var mandatory = routed.MustBeRouted(row.MessageType);
            try
            {
                await bus.Publish(ContractTypes.FromOutbox(row), ContractTypes.Resolve(row.MessageType), context =>
                {
                    context.MessageId = row.MessageId;
                    if (!mandatory) return;
                    var rabbit = context as RabbitMqSendContext ?? (context.TryGetPayload<RabbitMqSendContext>(out var payload) ? payload : null);
                    if (rabbit is not null) rabbit.Mandatory = true;
                }, confirmWindow.Token);
                return true;
            }
            catch (Exception ex) when (IsReturned(ex))
            {
                return false;
            }
        }
    }

    private static bool IsReturned(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
            if (ex is MessageReturnedException) return true;
        return false;
    }

    /// <summary>Returned types whose delay has not passed: left out of this round entirely.</summary>
    private string[] TypesStillWaiting(DateTime now) =>
        [.. _returnedTypes.Where(t => t.Value > now).Select(t => t.Key)];
}

using KommunHubben.Persistence;
using KommunHubben.Persistence.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KommunHubben.Reporting.Projection;

/// <summary>
/// Rebuilds the reporting projection from scratch: first copies into the event history every projected event the
/// outbox holds that the history lacks (the outbox keeps every event the hub ever published; this also covers events
/// from before the projection existed), then empties the projection tables and replays the whole history in order.
/// One transaction: readers see the old figures until the new ones are complete. On PostgreSQL the history is locked
/// against new appends meanwhile, so a live consumer waits and then applies its event on top of the rebuilt tables.
/// </summary>
public sealed class ProjectionRebuild(HubDbContext db, IOptions<DatabaseOptions> database, TimeProvider clock)
{
    private const int BatchSize = 500;

    public sealed record Result(int Imported, int Replayed, int Cases);

    public async Task<Result> RunAsync(CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (database.Value.Provider == DatabaseProvider.Postgres)
                await db.Database.ExecuteSqlRawAsync("LOCK TABLE reporting_events IN EXCLUSIVE MODE", ct);

            var imported = await ImportFromOutboxAsync(ct);
            await db.ReportingCases.ExecuteDeleteAsync(ct);
            await db.ReportingFollowUps.ExecuteDeleteAsync(ct);
            await db.ReportingRefusals.ExecuteDeleteAsync(ct);

            var replayed = 0;
            long after = 0;
            var projector = new CaseEventProjector(db);
            while (true)
            {
                var batch = await db.ReportingEvents.AsNoTracking().Where(e => e.Seq > after).OrderBy(e => e.Seq).Take(BatchSize).ToListAsync(ct);
                if (batch.Count == 0) break;
                foreach (var row in batch)
                    await projector.ApplyAsync(row.MessageId, ReportingEventLog.Read(row), ct);
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                projector.Reset();
                replayed += batch.Count;
                after = batch[^1].Seq;
            }
            await tx.CommitAsync(ct);
            return new Result(imported, replayed, await db.ReportingCases.CountAsync(ct));
        });
    }

    private async Task<int> ImportFromOutboxAsync(CancellationToken ct)
    {
        var names = CaseEventProjector.Projected.Select(t => t.Name).ToList();
        var known = (await db.ReportingEvents.AsNoTracking().Select(e => e.MessageId).ToListAsync(ct)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var imported = 0;
        long after = 0;
        while (true)
        {
            var batch = await db.Outbox.AsNoTracking()
                .Where(m => m.Id > after && names.Contains(m.MessageType)).OrderBy(m => m.Id).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0) break;
            foreach (var row in batch.Where(r => !known.Contains(r.MessageId)))
            {
                ReportingEventLog.Append(db, row.MessageId, ContractTypes.FromOutbox(row), now);
                imported++;
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            after = batch[^1].Id;
        }
        return imported;
    }
}

using KommunHubben.Contracts;
using KommunHubben.Gateway.Af;
using KommunHubben.Messaging.Inbox;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Gateway.Forwarding;

/// <summary>Tells AF the hub has recorded a status it reported (key: case + status), so AF stops reporting it.</summary>
public sealed class AcknowledgeAfStatusConsumer(
    HubDbContext db, IdempotentHandler handler, IAfCasesApi af, AfCallGuard guard, TimeProvider clock) : IConsumer<AcknowledgeAfStatus>
{
    public async Task Consume(ConsumeContext<AcknowledgeAfStatus> context)
    {
        var m = context.Message;
        var row = await db.AfForwardings.AsNoTracking().FirstOrDefaultAsync(f => f.CaseId == m.CaseId, context.CancellationToken);
        if (row is null || row.AcknowledgedStatus == m.AfStatus) return;

        var key = IdempotencyKeys.Acknowledge(m.CaseId, m.AfStatus);
        await guard.CallAsync(context, m.CaseId, "acknowledge",
            ct => af.AcknowledgeAsync(m.AfReference, key, new AfAcknowledgementRequest(m.CaseId, m.AfStatus), ct));

        await handler.HandleOnceAsync(context, nameof(AcknowledgeAfStatusConsumer), async tx =>
        {
            var tracked = await tx.AfForwardings.FirstAsync(f => f.CaseId == m.CaseId, context.CancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            tracked.RecordAcknowledged(m.AfStatus, now);
            tx.PublishAfterCommit(new AfStatusAcknowledged(m.CaseId, m.AfStatus, now), now);
        });
    }
}

using KommunHubben.Contracts;
using KommunHubben.Gateway.Af;
using KommunHubben.Messaging.Inbox;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using KommunHubben.Persistence.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KommunHubben.Gateway.Forwarding;

/// <summary>
/// Sends a case to AF with the forwarding row's idempotency key, then — in one transaction — marks the row Forwarded
/// with AF's reference, writes the inbox row and <see cref="CaseForwardedToAf"/>. A crash between AF's answer and
/// the commit means the message comes again and the call is repeated with the same key: AF answers with the same
/// reference and creates nothing new.
/// </summary>
public sealed class ForwardCaseToAfConsumer(
    HubDbContext db, IdempotentHandler handler, IAfCasesApi af, AfCaseReader reader, AfCallGuard guard, TimeProvider clock,
    ILogger<ForwardCaseToAfConsumer> log) : IConsumer<ForwardCaseToAf>
{
    public async Task Consume(ConsumeContext<ForwardCaseToAf> context)
    {
        var caseId = context.Message.CaseId;
        var row = await db.AfForwardings.AsNoTracking().FirstOrDefaultAsync(f => f.CaseId == caseId, context.CancellationToken);
        if (row is null)
        {
            log.LogWarning("ForwardCaseToAf for case {CaseId} without a forwarding row ignored", caseId);
            return;
        }
        if (row.Status == AfForwardingStatus.Forwarded) return;

        var request = await reader.ReadCaseAsync(caseId, context.CancellationToken);
        if (request is null) return;
        var receipt = await guard.CallAsync(context, caseId, "forward", ct => af.ForwardCaseAsync(row.IdempotencyKey, request, ct));

        await handler.HandleOnceAsync(context, nameof(ForwardCaseToAfConsumer), async tx =>
        {
            var tracked = await tx.AfForwardings.FirstAsync(f => f.CaseId == caseId, context.CancellationToken);
            if (tracked.Status == AfForwardingStatus.Forwarded) return;
            var now = clock.GetUtcNow().UtcDateTime;
            tracked.RecordForwarded(receipt.AfReference, now);
            tx.PublishAfterCommit(new CaseForwardedToAf(caseId, receipt.AfReference, now), now);
        });
    }
}

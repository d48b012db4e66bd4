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

/// <summary>Sends a supplement answer to AF (key: case + round number). A case not yet forwarded is retried: the
/// forwarding may still be on its way.</summary>
public sealed class SendSupplementToAfConsumer(
    HubDbContext db, IdempotentHandler handler, IAfCasesApi af, AfCaseReader reader, AfCallGuard guard, TimeProvider clock,
    ILogger<SendSupplementToAfConsumer> log) : IConsumer<SendSupplementToAf>
{
    public async Task Consume(ConsumeContext<SendSupplementToAf> context)
    {
        var m = context.Message;
        var row = await db.AfForwardings.AsNoTracking().FirstOrDefaultAsync(f => f.CaseId == m.CaseId, context.CancellationToken);
        if (row is null || row.SupplementsSent >= m.SupplementNumber) return;
        // Answers reach AF in their order: a backed-up queue taken concurrently may hand over round 2 before round 1,
        // and skipping round 1 afterwards ("already sent up to 2") would lose it. Round 2 waits (is retried) instead.
        if (m.SupplementNumber > row.SupplementsSent + 1)
            throw new AfCallFailedException("supplement", "earlier_round_not_sent_yet", permanent: false);
        if (row.Status != AfForwardingStatus.Forwarded || row.AfReference is null)
            throw new AfCallFailedException("supplement", "not_forwarded_yet", permanent: false);

        var answer = await reader.ReadSupplementAsync(m.CaseId, m.SupplementNumber, context.CancellationToken);
        if (answer is null)
        {
            log.LogWarning("Supplement {Number} of case {CaseId} not found; nothing sent", m.SupplementNumber, m.CaseId);
            return;
        }
        var key = IdempotencyKeys.Supplement(m.CaseId, m.SupplementNumber);
        await guard.CallAsync(context, m.CaseId, "supplement",
            ct => af.SendSupplementAsync(row.AfReference, key, new AfSupplementRequest(m.CaseId, m.SupplementNumber, answer), ct));

        await handler.HandleOnceAsync(context, nameof(SendSupplementToAfConsumer), async tx =>
        {
            var tracked = await tx.AfForwardings.FirstAsync(f => f.CaseId == m.CaseId, context.CancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            tracked.RecordSupplementSent(m.SupplementNumber, now);
            tx.PublishAfterCommit(new SupplementSentToAf(m.CaseId, m.SupplementNumber, now), now);
        });
    }
}

using KommunHubben.Contracts;
using KommunHubben.Domain.Cases;
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
/// Decides what goes to AF, in the database only (no HTTP here): each change and its command commit together.
/// <list type="bullet">
/// <item><b>When a case is forwarded: on <see cref="CaseRouted"/></b>, the moment the case enters AF's queue. The hub
/// officers are AF staff; AF's own systems need the case from then on (to answer status questions, to let AF's
/// handling and decision happen there too), not only after a decision. A case routed again (hand-over, release,
/// redistribution) is not forwarded twice: the forwarding row exists.</item>
/// <item><see cref="SupplementProvided"/> on a forwarded case → <see cref="SendSupplementToAf"/> with the round's number.</item>
/// <item><see cref="AfCaseStatusReported"/> (webhook or poll) → AF's status recorded once, then acknowledged to AF.</item>
/// </list>
/// </summary>
public sealed class AfIntakeConsumer(IdempotentHandler handler, TimeProvider clock, ILogger<AfIntakeConsumer> log)
    : IConsumer<CaseRouted>, IConsumer<SupplementProvided>, IConsumer<AfCaseStatusReported>
{
    public Task Consume(ConsumeContext<CaseRouted> context) =>
        handler.HandleOnceAsync(context, "AfIntake.CaseRouted", async db =>
        {
            var caseId = context.Message.CaseId;
            if (await db.AfForwardings.AnyAsync(f => f.CaseId == caseId, context.CancellationToken))
                return; // routed again: AF already has (or is getting) the case
            var now = clock.GetUtcNow().UtcDateTime;
            db.AfForwardings.Add(new AfForwarding { CaseId = caseId, IdempotencyKey = IdempotencyKeys.Forward(caseId), RequestedAt = now });
            db.PublishAfterCommit(new ForwardCaseToAf(caseId), now);
        });

    public Task Consume(ConsumeContext<SupplementProvided> context) =>
        handler.HandleOnceAsync(context, "AfIntake.SupplementProvided", async db =>
        {
            var m = context.Message;
            if (!await db.AfForwardings.AnyAsync(f => f.CaseId == m.CaseId, context.CancellationToken))
            {
                // A routed case is always forwarded; its CaseRouted may just not have been taken in yet (both wait in
                // this queue, and a restarted gateway takes them concurrently). Retry rather than lose the answer.
                if (await db.CaseHistory.AnyAsync(h => h.CaseId == m.CaseId && h.Action == CaseAction.Route, context.CancellationToken))
                    throw new AfCallFailedException("supplement", "forwarding_not_queued_yet", permanent: false);
                return; // never routed to AF: nothing to send
            }
            // The round's number: answers given up to this one. Stable on redelivery, so its idempotency key is too.
            var number = await db.CaseHistory.CountAsync(
                h => h.CaseId == m.CaseId && h.Action == CaseAction.ProvideSupplement && h.At <= m.ProvidedAt, context.CancellationToken);
            if (number == 0) return;
            db.PublishAfterCommit(new SendSupplementToAf(m.CaseId, number), clock.GetUtcNow().UtcDateTime);
        });

    public Task Consume(ConsumeContext<AfCaseStatusReported> context) =>
        handler.HandleOnceAsync(context, "AfIntake.AfCaseStatusReported", async db =>
        {
            var m = context.Message;
            var row = await db.AfForwardings.FindAsync([m.CaseId], context.CancellationToken);
            if (row is null || row.AfReference != m.AfReference)
            {
                log.LogWarning("AF status for case {CaseId} ignored: no forwarding with that AF reference", m.CaseId);
                return;
            }
            var now = clock.GetUtcNow().UtcDateTime;
            if (!row.RecordAfStatus(m.AfStatus, m.Outcome, m.ReportedAt, now))
                return; // the webhook and the poll both reported it, or an older report arrived late
            db.PublishAfterCommit(new AcknowledgeAfStatus(m.CaseId, m.AfReference, m.AfStatus), now);
            log.LogInformation("Case {CaseId}: AF reports {AfStatus} ({Source})", m.CaseId, m.AfStatus, m.Source);
        });
}

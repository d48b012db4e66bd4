using KommunHubben.Contracts;
using KommunHubben.Domain.Cases;
using KommunHubben.Messaging.Inbox;
using KommunHubben.Persistence.Messaging;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace KommunHubben.Workflow.Routing;

/// <summary>
/// Routes a submitted case to an officer's queue. Opens with the two guards every handler has: idempotency
/// (the inbox) and state (only a Submitted case is routed, so a second CaseSubmitted for the same case does nothing).
/// </summary>
public sealed class RouteSubmittedCaseConsumer(
    IdempotentHandler handler,
    OfficerLoadReader loads,
    TimeProvider clock,
    ILogger<RouteSubmittedCaseConsumer> log) : IConsumer<CaseSubmitted>
{
    public async Task Consume(ConsumeContext<CaseSubmitted> context)
    {
        var caseId = context.Message.CaseId;
        await handler.HandleOnceAsync(context, nameof(RouteSubmittedCaseConsumer), async db =>
        {
            var record = await db.Cases.FindAsync([caseId], context.CancellationToken);
            if (record is null)
            {
                // The case row commits together with its CaseSubmitted, so this is a foreign or forged message.
                log.LogWarning("CaseSubmitted for unknown case {CaseId} ignored", caseId);
                return;
            }
            if (record.Status != CaseStatus.Submitted)
            {
                log.LogInformation("Case {CaseId} is already {Status}; routing skipped", caseId, record.Status);
                return;
            }

            var decision = Domain.Routing.FewestOpenCasesPolicy.Choose(await loads.ReadAsync(db, context.CancellationToken));
            var now = clock.GetUtcNow().UtcDateTime;
            record.AssignTo(decision.OfficerId, decision.Reason);
            record.Apply(CaseAction.Route, "workflow", now);
            db.Outbox.Add(ContractTypes.ToOutbox(new CaseRouted(caseId, decision.OfficerId, decision.Reason, now), now));
            log.LogInformation("Case {CaseId} routed to {OfficerId}", caseId, decision.OfficerId);
        });
    }
}

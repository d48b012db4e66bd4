using KommunHubben.Application.Officers;
using KommunHubben.Contracts;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Routing;
using KommunHubben.Messaging.Inbox;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KommunHubben.Workflow.Routing;

/// <summary>
/// Routes a submitted case to an officer's queue by the routing policy (skills, weighted load and cap, affinity,
/// absence) and sets its queue priority. Opens with the two guards every handler has: idempotency (the inbox) and
/// state (only a Submitted case is routed). When no present officer has the skill, the message fails into the
/// endpoint's _error queue with the policy's reason, for an administrator to re-drive when someone is back.
/// </summary>
public sealed class RouteSubmittedCaseConsumer(
    IdempotentHandler handler,
    IOptions<RoutingPolicyOptions> policy,
    TimeProvider clock,
    CaseLeadTimeMetrics metrics,
    ILogger<RouteSubmittedCaseConsumer> log) : IConsumer<CaseSubmitted>
{
    public async Task Consume(ConsumeContext<CaseSubmitted> context)
    {
        var caseId = context.Message.CaseId;
        (CaseType Type, DateTime SubmittedAt, DateTime RoutedAt)? routed = null;
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

            // One routing decision at a time across all workers, until this transaction commits: the loads read below
            // must include every case routed before, or two decisions at once could overfill one officer.
            await db.LockRoutingAsync(context.CancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var outcome = RoutingPolicy.Route(new CaseToRoute
            {
                Type = record.Type,
                UnitId = record.UnitId,
                PreviousOfficerId = await PreviousOfficerAsync(db, record.Id, record.PersonKeyHash, record.Type, context.CancellationToken),
                StartDate = record.PriorityDate,
                ProjectId = record.ProjectId,
            }, await new OfficerStates(db).ReadAsync(context.CancellationToken), DateOnly.FromDateTime(now), policy.Value);
            if (!outcome.IsRouted)
                throw new InvalidOperationException($"Case {caseId} cannot be routed: {outcome.Reason}");

            record.AssignTo(outcome.OfficerId!, outcome.Explanation?.Serialize() ?? outcome.Reason);
            record.Prioritise((int)outcome.Priority.Level, outcome.Priority.FiredRules.Count == 0 ? null : string.Join(", ", outcome.Priority.FiredRules));
            record.Apply(CaseAction.Route, "workflow", now);
            db.PublishAfterCommit(new CaseRouted(caseId, outcome.OfficerId!, outcome.Reason, now), now);
            log.LogInformation("Case {CaseId} routed to {OfficerId}", caseId, outcome.OfficerId);
            routed = (record.Type, record.SubmittedAt, now);
        });
        // After the commit: a rolled-back attempt that is retried must not count twice.
        if (routed is { } r) metrics.Record(CaseLeadTimeMetrics.Stages.Routed, r.Type, r.SubmittedAt, r.RoutedAt);
    }

    /// <summary>
    /// Follow-up affinity: the officer who held the most recent earlier case of the same type about the same person
    /// (found by the keyed hash, never the number) — an extension, a new round after a supplement, a re-opened matter.
    /// </summary>
    private static Task<string?> PreviousOfficerAsync(HubDbContext db, Guid caseId, string? personHash, CaseType type, CancellationToken ct) =>
        personHash is null
            ? Task.FromResult<string?>(null)
            : db.Cases.AsNoTracking()
                .Where(c => c.PersonKeyHash == personHash && c.Type == type && c.Id != caseId && c.AssignedOfficerId != null)
                .OrderByDescending(c => c.SubmittedAt).Select(c => c.AssignedOfficerId).FirstOrDefaultAsync(ct);
}

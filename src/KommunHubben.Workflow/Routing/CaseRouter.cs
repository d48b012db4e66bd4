using KommunHubben.Application.Officers;
using KommunHubben.Contracts;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Routing;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Messaging;
using KommunHubben.Workflow.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KommunHubben.Workflow.Routing;

/// <summary>
/// Routes a submitted case to an officer's queue by the routing policy (skills, weighted load and cap, affinity,
/// absence) and sets its queue priority; only a Submitted case is routed. When no present officer has the skill, the
/// message fails into <c>khub-route-case_error</c> with the policy's reason, for an administrator to re-drive when
/// someone is back. The officers' loads are read once per transaction and kept up to date here as the batch's cases
/// are routed, so a batch of fifty costs one read of the loads, not fifty.
/// </summary>
public sealed class CaseRouter(IOptions<RoutingPolicyOptions> policy, CaseLeadTimeMetrics metrics, ILogger<CaseRouter> log)
{
    /// <summary>The officers as the routing decisions of this transaction have left them.</summary>
    private sealed class Officers(List<OfficerState> states)
    {
        public List<OfficerState> States { get; } = states;
    }

    public async Task RouteAsync(WorkflowStep step, CaseSubmitted submitted)
    {
        var (db, ct, caseId) = (step.Db, step.CancellationToken, submitted.CaseId);
        var record = await db.Cases.FindAsync([caseId], ct);
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

        var officers = await step.SharedAsync(async () =>
        {
            // One routing decision at a time across all workers, until this transaction commits: the loads read below
            // must include every case routed before, or two decisions at once could overfill one officer.
            await db.LockRoutingAsync(ct);
            return new Officers([.. await new OfficerStates(db).ReadAsync(ct)]);
        });
        var outcome = RoutingPolicy.Route(new CaseToRoute
        {
            Type = record.Type,
            UnitId = record.UnitId,
            PreviousOfficerId = await PreviousOfficerAsync(db, record.Id, record.PersonKeyHash, record.Type, ct),
            StartDate = record.PriorityDate,
            ProjectId = record.ProjectId,
        }, officers.States, DateOnly.FromDateTime(step.Now), policy.Value);
        if (!outcome.IsRouted)
            throw new InvalidOperationException($"Case {caseId} cannot be routed: {outcome.Reason}");

        record.AssignTo(outcome.OfficerId!, outcome.Explanation?.Serialize() ?? outcome.Reason);
        record.Prioritise((int)outcome.Priority.Level, outcome.Priority.FiredRules.Count == 0 ? null : string.Join(", ", outcome.Priority.FiredRules));
        record.Apply(CaseAction.Route, "workflow", step.Now);
        db.PublishAfterCommit(new CaseRouted(caseId, outcome.OfficerId!, outcome.Reason, step.Now), step.Now);
        CountTheNewCase(officers, outcome.OfficerId!, record.Type);
        log.LogInformation("Case {CaseId} routed to {OfficerId}", caseId, outcome.OfficerId);
        var (type, submittedAt, routedAt) = (record.Type, record.SubmittedAt, step.Now);
        step.AfterCommit(() => metrics.Record(CaseLeadTimeMetrics.Stages.Routed, type, submittedAt, routedAt));
    }

    /// <summary>The next case of this batch sees the load this one added (the database's load rows change only at commit).</summary>
    private static void CountTheNewCase(Officers officers, string officerId, CaseType type)
    {
        var index = officers.States.FindIndex(o => o.OfficerId == officerId);
        officers.States[index] = officers.States[index] with { OpenCases = [.. officers.States[index].OpenCases, type] };
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

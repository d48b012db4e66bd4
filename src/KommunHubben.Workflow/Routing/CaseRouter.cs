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
        // One routing decision at a time across all workers, until this transaction commits: the loads read with the
        // lock must include every case routed before, or two decisions at once could overfill one officer. Taken before
        // the cases' row locks, in the order redistribution takes them.
        var officers = await step.SharedAsync(async () => new Officers([.. await new OfficerStates(db).LockAndReadForRoutingAsync(ct)]));
        var record = await step.CaseAsync(caseId);
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

        var outcome = RoutingPolicy.Route(new CaseToRoute
        {
            Type = record.Type,
            UnitId = record.UnitId,
            PreviousOfficerId = await PreviousOfficerAsync(step, record),
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
        officers.States[index] = officers.States[index] with { OpenCases = officers.States[index].OpenCases.Plus(type) };
    }

    /// <summary>
    /// Follow-up affinity: the officer who held the most recent earlier case of the same type about the same person
    /// (found by the keyed hash, never the number) — an extension, a new round after a supplement, a re-opened matter.
    /// A case routed earlier in this batch is not saved yet, so the batch's own cases are looked at first.
    /// </summary>
    private static async Task<string?> PreviousOfficerAsync(WorkflowStep step, CaseRecord record)
    {
        var (personHash, type, caseId) = (record.PersonKeyHash, record.Type, record.Id);
        if (personHash is null) return null;
        var inThisBatch = step.Db.Cases.Local
            .Where(c => c.PersonKeyHash == personHash && c.Type == type && c.Id != caseId && c.AssignedOfficerId != null)
            .MaxBy(c => c.SubmittedAt);
        var earlier = await step.SharedAsync(() => EarlierCases.ReadAsync(step));
        var saved = earlier.Of(personHash, type).Where(c => c.Id != caseId).MaxBy(c => c.SubmittedAt);
        return saved is null || (inThisBatch is not null && inThisBatch.SubmittedAt > saved.SubmittedAt)
            ? inThisBatch?.AssignedOfficerId
            : saved.OfficerId;
    }

    /// <summary>
    /// The saved, assigned cases of every person the batch is about, read in one query when the first case with a
    /// person is routed: one round trip under the routing lock per batch, not one per case.
    /// </summary>
    private sealed class EarlierCases(ILookup<(string PersonKeyHash, CaseType Type), EarlierCases.Earlier> byPerson)
    {
        public sealed record Earlier(Guid Id, string OfficerId, DateTime SubmittedAt);

        public IEnumerable<Earlier> Of(string personKeyHash, CaseType type) => byPerson[(personKeyHash, type)];

        public static async Task<EarlierCases> ReadAsync(WorkflowStep step)
        {
            // The batch's cases are tracked: the router read them all (and their locks) before asking.
            var people = step.Db.Cases.Local.Where(c => step.CaseIds.Contains(c.Id) && c.PersonKeyHash is not null)
                .Select(c => c.PersonKeyHash!).Distinct().ToList();
            var rows = await step.Db.Cases.AsNoTracking()
                // "!= null" first, as in Notices: for a nullable column EF Core otherwise adds an "IS NULL AND
                // array_position(…)" arm that keeps PostgreSQL from using the PersonKeyHash index alone.
                .Where(c => c.PersonKeyHash != null && people.Contains(c.PersonKeyHash) && c.AssignedOfficerId != null)
                .Select(c => new { c.Id, c.PersonKeyHash, c.Type, c.AssignedOfficerId, c.SubmittedAt })
                .ToListAsync(step.CancellationToken);
            return new EarlierCases(rows.ToLookup(r => (r.PersonKeyHash!, r.Type), r => new Earlier(r.Id, r.AssignedOfficerId!, r.SubmittedAt)));
        }
    }
}

using KommunHubben.Contracts;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Deadlines;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using KommunHubben.Workflow.Events;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Workflow.Deadlines;

/// <summary>
/// Writes the deadlines each step of a case brings: SLA deadlines when it is routed or a supplement is requested,
/// follow-ups when it closes to work or studies. Idempotent per step of the case as well as per message: a step whose
/// deadlines exist is not planned again, whichever message (a copy under a new id, a late one) announces it; the
/// case's row lock makes two such messages wait for each other. The steps already planned for the batch's cases are
/// read once per batch and kept up to date as the batch plans. An event whose step is not in the case yet throws
/// <see cref="CaseNotReadyException"/> (the handler's retries wait for it).
/// </summary>
public sealed class DeadlinePlanning(DeadlinePlanner planner)
{
    private static readonly DeadlineKind[] RoutingKinds = [DeadlineKind.FirstAction, DeadlineKind.Decision];
    private static readonly DeadlineKind[] ClosureKinds = [DeadlineKind.FollowUp3Months, DeadlineKind.FollowUp6Months, DeadlineKind.SelfSufficiency6Months];

    /// <summary>The database keeps microseconds, the message's time has ticks: the request step is the one this close.</summary>
    private static readonly TimeSpan SameMoment = TimeSpan.FromMilliseconds(1);

    /// <summary>The first-action and decision deadlines (and their reminders).</summary>
    public async Task WhenRoutedAsync(WorkflowStep step, CaseRouted routed)
    {
        var caseId = routed.CaseId;
        var record = await step.CaseAsync(caseId)
            ?? throw new CaseNotReadyException($"CaseRouted: case {caseId} does not exist");
        if (record.Status == CaseStatus.Submitted)
            throw new CaseNotReadyException($"CaseRouted: case {caseId} is not routed yet");
        var planned = await PlannedAsync(step);
        if (planned.Any(caseId, RoutingKinds, null)) return;
        Add(step, planned, record.Id, planner.WhenRouted(record.Type, record.SubmittedAt), null);
    }

    /// <summary>The answer deadline of this round: the request this message announces, found by its time — not the
    /// latest one: with several rounds the messages may be handled late or out of order, and each round's answer
    /// deadline belongs to its own request.</summary>
    public async Task WhenSupplementRequestedAsync(WorkflowStep step, SupplementRequested requested)
    {
        var (db, ct, caseId, at) = (step.Db, step.CancellationToken, requested.CaseId, requested.RequestedAt);
        await step.LockCasesAsync();
        var request = await db.CaseHistory.AsNoTracking()
            .Where(h => h.CaseId == caseId && h.Action == CaseAction.RequestSupplement && h.At >= at - SameMoment && h.At <= at + SameMoment)
            .OrderBy(h => h.Id).FirstOrDefaultAsync(ct)
            ?? throw new CaseNotReadyException($"SupplementRequested: case {caseId} does not exist or has no supplement request at {at:O}");
        var planned = await PlannedAsync(step);
        if (planned.Any(caseId, [DeadlineKind.SupplementAnswer], request.Id)) return;
        Add(step, planned, request.CaseId, planner.WhenSupplementRequested(request.At), request.Id);
    }

    /// <summary>The follow-ups at 3 and 6 months, by the closure reason.</summary>
    public async Task WhenClosedAsync(WorkflowStep step, CaseClosed closed)
    {
        var caseId = closed.CaseId;
        var record = await step.CaseAsync(caseId)
            ?? throw new CaseNotReadyException($"CaseClosed: case {caseId} does not exist");
        if (record.Status != CaseStatus.Closed)
            throw new CaseNotReadyException($"CaseClosed: case {caseId} is {record.Status}, not closed");
        var planned = await PlannedAsync(step);
        if (planned.Any(caseId, ClosureKinds, null)) return;
        var reason = Enum.TryParse<ClosureReason>(closed.ClosureReason, out var r) ? r : (ClosureReason?)null;
        Add(step, planned, caseId, planner.WhenClosed(reason, closed.ClosedAt), null);
    }

    /// <summary>The steps planned for the batch's cases: (case, kind, the request it answers) of every deadline.</summary>
    private sealed class PlannedSteps(HashSet<(Guid CaseId, DeadlineKind Kind, long? Anchor)> steps)
    {
        public bool Any(Guid caseId, DeadlineKind[] kinds, long? anchor) => kinds.Any(k => steps.Contains((caseId, k, anchor)));
        public void Add(Guid caseId, DeadlineKind kind, long? anchor) => steps.Add((caseId, kind, anchor));
    }

    private static Task<PlannedSteps> PlannedAsync(WorkflowStep step) => step.SharedAsync(async () =>
    {
        var ids = step.CaseIds.ToArray();
        var rows = await step.Db.Deadlines.AsNoTracking().Where(d => ids.Contains(d.CaseId))
            .Select(d => new { d.CaseId, d.Kind, d.AnchorHistoryId }).Distinct().ToListAsync(step.CancellationToken);
        return new PlannedSteps(rows.Select(d => (d.CaseId, d.Kind, d.AnchorHistoryId)).ToHashSet());
    });

    private static void Add(WorkflowStep step, PlannedSteps planned, Guid caseId, IEnumerable<PlannedDeadline> deadlines, long? anchor)
    {
        foreach (var p in deadlines)
        {
            step.Db.Deadlines.Add(new Deadline { CaseId = caseId, Kind = p.Kind, DueAt = p.DueAt, IsReminder = p.IsReminder, AnchorHistoryId = anchor, CreatedAt = step.Now });
            planned.Add(caseId, p.Kind, anchor);
        }
    }
}

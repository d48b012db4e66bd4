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
/// case's row lock makes two such messages wait for each other. An event whose step is not in the case yet throws
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
        var (db, ct, caseId) = (step.Db, step.CancellationToken, routed.CaseId);
        await step.LockCaseAsync(caseId);
        var record = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct)
            ?? throw new CaseNotReadyException($"CaseRouted: case {caseId} does not exist");
        if (record.Status == CaseStatus.Submitted)
            throw new CaseNotReadyException($"CaseRouted: case {caseId} is not routed yet");
        if (await AlreadyPlannedAsync(db, caseId, RoutingKinds, null, ct)) return;
        Add(step, record.Id, planner.WhenRouted(record.Type, record.SubmittedAt), null);
    }

    /// <summary>The answer deadline of this round: the request this message announces, found by its time — not the
    /// latest one: with several rounds the messages may be handled late or out of order, and each round's answer
    /// deadline belongs to its own request.</summary>
    public async Task WhenSupplementRequestedAsync(WorkflowStep step, SupplementRequested requested)
    {
        var (db, ct, caseId, at) = (step.Db, step.CancellationToken, requested.CaseId, requested.RequestedAt);
        await step.LockCaseAsync(caseId);
        var request = await db.CaseHistory.AsNoTracking()
            .Where(h => h.CaseId == caseId && h.Action == CaseAction.RequestSupplement && h.At >= at - SameMoment && h.At <= at + SameMoment)
            .OrderBy(h => h.Id).FirstOrDefaultAsync(ct)
            ?? throw new CaseNotReadyException($"SupplementRequested: case {caseId} does not exist or has no supplement request at {at:O}");
        if (await AlreadyPlannedAsync(db, caseId, [DeadlineKind.SupplementAnswer], request.Id, ct)) return;
        Add(step, request.CaseId, planner.WhenSupplementRequested(request.At), request.Id);
    }

    /// <summary>The follow-ups at 3 and 6 months, by the closure reason.</summary>
    public async Task WhenClosedAsync(WorkflowStep step, CaseClosed closed)
    {
        var (db, ct, caseId) = (step.Db, step.CancellationToken, closed.CaseId);
        await step.LockCaseAsync(caseId);
        var status = await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => (CaseStatus?)c.Status).FirstOrDefaultAsync(ct)
            ?? throw new CaseNotReadyException($"CaseClosed: case {caseId} does not exist");
        if (status != CaseStatus.Closed)
            throw new CaseNotReadyException($"CaseClosed: case {caseId} is {status}, not closed");
        if (await AlreadyPlannedAsync(db, caseId, ClosureKinds, null, ct)) return;
        var reason = Enum.TryParse<ClosureReason>(closed.ClosureReason, out var r) ? r : (ClosureReason?)null;
        Add(step, caseId, planner.WhenClosed(reason, closed.ClosedAt), null);
    }

    private static Task<bool> AlreadyPlannedAsync(HubDbContext db, Guid caseId, DeadlineKind[] kinds, long? anchor, CancellationToken ct) =>
        db.Deadlines.AnyAsync(d => d.CaseId == caseId && kinds.Contains(d.Kind) && d.AnchorHistoryId == anchor, ct);

    private static void Add(WorkflowStep step, Guid caseId, IEnumerable<PlannedDeadline> planned, long? anchor)
    {
        foreach (var p in planned)
            step.Db.Deadlines.Add(new Deadline { CaseId = caseId, Kind = p.Kind, DueAt = p.DueAt, IsReminder = p.IsReminder, AnchorHistoryId = anchor, CreatedAt = step.Now });
    }
}

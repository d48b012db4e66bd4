using KommunHubben.Contracts;
using KommunHubben.Domain.Cases;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using KommunHubben.Workflow.Events;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Workflow.Notifications;

/// <summary>
/// In-app notices (and, by each person's preference, their e-mail) for the steps people wait for: a new case in an
/// officer's queue, a supplement requested from the contact person or answered to the officer, a decision for the
/// contact person. (Breaches, follow-ups, stops, messages and redistribution are notified where they happen.)
/// Recipients come from the case, never from the message alone. A case is announced to its officer and its decision
/// to the contact person once, whichever message (a copy under a new id, a late one) says so; an event about a case
/// that is not there or not yet at that step throws <see cref="CaseNotReadyException"/>.
/// </summary>
public sealed class Notices(CaseLeadTimeMetrics metrics)
{
    public async Task NewCaseAsync(WorkflowStep step, CaseRouted routed) =>
        await NotifyAsync(step, routed.CaseId, "NewCase", once: true, c => c.Status == CaseStatus.Submitted ? null : c.AssignedOfficerId);

    public async Task SupplementRequestedAsync(WorkflowStep step, SupplementRequested requested) =>
        await NotifyAsync(step, requested.CaseId, "SupplementRequested", once: false, c => c.SubmittedBy);

    public async Task SupplementAnsweredAsync(WorkflowStep step, SupplementProvided provided) =>
        await NotifyAsync(step, provided.CaseId, "SupplementAnswered", once: false, c => c.AssignedOfficerId);

    /// <summary>The decision notice, and the case's lead time submission → decision (counted once per case, with the notice).</summary>
    public async Task DecisionAsync(WorkflowStep step, CaseDecided decided)
    {
        if (await NotifyAsync(step, decided.CaseId, "CaseDecided", once: true, c => c.Outcome is null ? null : c.SubmittedBy) is { } facts)
            step.AfterCommit(() => metrics.Record(CaseLeadTimeMetrics.Stages.Decided, facts.Type, facts.SubmittedAt, decided.DecidedAt));
    }

    private sealed record CaseFacts(CaseStatus Status, string SubmittedBy, string? AssignedOfficerId, string? Outcome, CaseType Type, DateTime SubmittedAt);

    /// <param name="once">a notice of this kind goes to a recipient once per case</param>
    /// <param name="recipient">who is told, from the case; null when the case is not yet at the step the event reports</param>
    /// <returns>the case's facts when a notice was written; null when it had been written before</returns>
    private static async Task<CaseFacts?> NotifyAsync(WorkflowStep step, Guid caseId, string kind, bool once, Func<CaseFacts, string?> recipient)
    {
        var (db, ct) = (step.Db, step.CancellationToken);
        if (once) await step.LockCaseAsync(caseId);
        var facts = await db.Cases.AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new CaseFacts(c.Status, c.SubmittedBy, c.AssignedOfficerId, c.Outcome, c.Type, c.SubmittedAt)).FirstOrDefaultAsync(ct)
            ?? throw new CaseNotReadyException($"{kind} notice: case {caseId} does not exist");
        var who = recipient(facts)
            ?? throw new CaseNotReadyException($"{kind} notice: case {caseId} is {facts.Status}, not yet at that step");
        if (once && await db.Notifications.AnyAsync(n => n.CaseId == caseId && n.Kind == kind && n.RecipientId == who, ct)) return null;
        db.Notifications.Add(new Notification { RecipientId = who, CaseId = caseId, Kind = kind, At = step.Now });
        return facts;
    }
}

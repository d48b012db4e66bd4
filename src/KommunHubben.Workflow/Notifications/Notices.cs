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
/// that is not there or not yet at that step throws <see cref="CaseNotReadyException"/>. The once-only notices the
/// batch's cases already have are read once per batch and kept up to date as the batch writes.
/// </summary>
public sealed class Notices(CaseLeadTimeMetrics metrics)
{
    public async Task NewCaseAsync(WorkflowStep step, CaseRouted routed) =>
        await NotifyAsync(step, routed.CaseId, "NewCase", c => c.Status == CaseStatus.Submitted ? null : c.AssignedOfficerId);

    public async Task SupplementRequestedAsync(WorkflowStep step, SupplementRequested requested) =>
        await NotifyAsync(step, requested.CaseId, "SupplementRequested", c => c.SubmittedBy);

    public async Task SupplementAnsweredAsync(WorkflowStep step, SupplementProvided provided) =>
        await NotifyAsync(step, provided.CaseId, "SupplementAnswered", c => c.AssignedOfficerId);

    /// <summary>The decision notice, and the case's lead time submission → decision (counted once per case, with the notice).</summary>
    public async Task DecisionAsync(WorkflowStep step, CaseDecided decided)
    {
        if (await NotifyAsync(step, decided.CaseId, "CaseDecided", c => c.Outcome is null ? null : c.SubmittedBy) is { } facts)
            step.AfterCommit(() => metrics.Record(CaseLeadTimeMetrics.Stages.Decided, facts.Type, facts.SubmittedAt, decided.DecidedAt));
    }

    /// <summary>The notices that go to a recipient once per case.</summary>
    private static readonly string[] OnceKinds = ["NewCase", "CaseDecided"];

    private sealed record CaseFacts(CaseStatus Status, string SubmittedBy, string? AssignedOfficerId, string? Outcome, CaseType Type, DateTime SubmittedAt);

    /// <summary>(case, kind, recipient) of the once-only notices written for the batch's cases.</summary>
    private sealed record Written(HashSet<(Guid CaseId, string Kind, string RecipientId)> Notices);

    /// <param name="recipient">who is told, from the case; null when the case is not yet at the step the event reports</param>
    /// <returns>the case's facts when a notice was written; null when it had been written before</returns>
    private static async Task<CaseFacts?> NotifyAsync(WorkflowStep step, Guid caseId, string kind, Func<CaseFacts, string?> recipient)
    {
        var record = await step.CaseAsync(caseId)
            ?? throw new CaseNotReadyException($"{kind} notice: case {caseId} does not exist");
        var facts = new CaseFacts(record.Status, record.SubmittedBy, record.AssignedOfficerId, record.Outcome, record.Type, record.SubmittedAt);
        var who = recipient(facts)
            ?? throw new CaseNotReadyException($"{kind} notice: case {caseId} is {facts.Status}, not yet at that step");
        if (OnceKinds.Contains(kind))
        {
            var written = await step.SharedAsync(async () =>
            {
                var ids = step.CaseIds.ToArray();
                // "CaseId != null" first: without it EF Core adds "OR CaseId IS NULL AND array_position(…)" for the
                // nullable column, and PostgreSQL read every notice ever written instead of using (CaseId, Kind).
                var rows = await step.Db.Notifications.AsNoTracking().Where(n => n.CaseId != null && ids.Contains(n.CaseId.Value) && OnceKinds.Contains(n.Kind))
                    .Select(n => new { n.CaseId, n.Kind, n.RecipientId }).ToListAsync(step.CancellationToken);
                return new Written(rows.Select(n => (n.CaseId!.Value, n.Kind, n.RecipientId)).ToHashSet());
            });
            if (!written.Notices.Add((caseId, kind, who))) return null;
        }
        step.Db.Notifications.Add(new Notification { RecipientId = who, CaseId = caseId, Kind = kind, At = step.Now });
        return facts;
    }
}

using KommunHubben.Contracts;
using KommunHubben.Domain.Cases;
using KommunHubben.Messaging.Inbox;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Workflow.Notifications;

/// <summary>
/// In-app notifications for the steps people wait for: a new case in an officer's queue, a supplement requested from
/// the contact person or answered to the officer, a decision for the contact person. (Breaches, follow-ups, stops and
/// redistribution are notified where they happen.) An e-mail channel is not built; in-app is the only channel.
/// Recipients come from the case, never from the message alone. A case is announced to its officer and its decision
/// to the contact person once, whichever message (a copy under a new id, a late one) says so; an event about a case
/// that is not there or not yet at that step throws <see cref="CaseNotReadyException"/>.
/// </summary>
public sealed class NotifyPeopleConsumer(IdempotentHandler handler, TimeProvider clock, CaseLeadTimeMetrics metrics)
    : IConsumer<CaseRouted>, IConsumer<SupplementRequested>, IConsumer<SupplementProvided>, IConsumer<CaseDecided>
{
    public Task Consume(ConsumeContext<CaseRouted> context) =>
        Notify(context, context.Message.CaseId, "NewCase", once: true, c =>
            c.Status == CaseStatus.Submitted ? null : c.AssignedOfficerId);

    public Task Consume(ConsumeContext<SupplementRequested> context) =>
        Notify(context, context.Message.CaseId, "SupplementRequested", once: false, c => c.SubmittedBy);

    public Task Consume(ConsumeContext<SupplementProvided> context) =>
        Notify(context, context.Message.CaseId, "SupplementAnswered", once: false, c => c.AssignedOfficerId);

    /// <summary>The decision notice, and the case's lead time submission → decision (counted once per case, with the notice).</summary>
    public async Task Consume(ConsumeContext<CaseDecided> context)
    {
        var told = await Notify(context, context.Message.CaseId, "CaseDecided", once: true, c => c.Outcome is null ? null : c.SubmittedBy);
        if (told is { } facts) metrics.Record(CaseLeadTimeMetrics.Stages.Decided, facts.Type, facts.SubmittedAt, context.Message.DecidedAt);
    }

    private sealed record CaseFacts(CaseStatus Status, string SubmittedBy, string? AssignedOfficerId, string? Outcome, CaseType Type, DateTime SubmittedAt);

    /// <param name="once">a notice of this kind goes to a recipient once per case</param>
    /// <param name="recipient">who is told, from the case; null when the case is not yet at the step the event reports</param>
    /// <returns>the case's facts when a notice was written and committed; null when it had been written before</returns>
    private async Task<CaseFacts?> Notify(ConsumeContext context, Guid caseId, string kind, bool once, Func<CaseFacts, string?> recipient)
    {
        CaseFacts? written = null;
        await handler.HandleOnceAsync(context, nameof(NotifyPeopleConsumer), async db =>
        {
            var ct = context.CancellationToken;
            if (once) await db.LockCaseAsync(caseId, ct);
            var facts = await db.Cases.AsNoTracking().Where(c => c.Id == caseId)
                .Select(c => new CaseFacts(c.Status, c.SubmittedBy, c.AssignedOfficerId, c.Outcome, c.Type, c.SubmittedAt)).FirstOrDefaultAsync(ct)
                ?? throw new CaseNotReadyException($"{kind} notice: case {caseId} does not exist");
            var who = recipient(facts)
                ?? throw new CaseNotReadyException($"{kind} notice: case {caseId} is {facts.Status}, not yet at that step");
            if (once && await db.Notifications.AnyAsync(n => n.CaseId == caseId && n.Kind == kind && n.RecipientId == who, ct)) return;
            db.Notifications.Add(new Notification { RecipientId = who, CaseId = caseId, Kind = kind, At = clock.GetUtcNow().UtcDateTime });
            written = facts;
        });
        return written;
    }
}

using KommunHubben.Contracts;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Deadlines;
using KommunHubben.Messaging.Inbox;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Workflow.Deadlines;

/// <summary>
/// Writes the deadlines each step of a case brings: SLA deadlines when it is routed or a supplement is requested,
/// follow-ups when it closes to work or studies. Idempotent twice over: per message through the inbox, and per step
/// of the case — a step whose deadlines exist is not planned again, whichever message (a copy under a new id, a
/// late one) announces it; the case's row lock makes two such messages wait for each other. An event whose step is not in the case yet throws <see cref="CaseNotReadyException"/>.
/// </summary>
public sealed class PlanDeadlinesConsumer(IdempotentHandler handler, DeadlinePlanner planner, TimeProvider clock)
    : IConsumer<CaseRouted>, IConsumer<SupplementRequested>, IConsumer<CaseClosed>
{
    private static readonly DeadlineKind[] RoutingKinds = [DeadlineKind.FirstAction, DeadlineKind.Decision];
    private static readonly DeadlineKind[] ClosureKinds = [DeadlineKind.FollowUp3Months, DeadlineKind.FollowUp6Months, DeadlineKind.SelfSufficiency6Months];

    /// <summary>The database keeps microseconds, the message's time has ticks: the request step is the one this close.</summary>
    private static readonly TimeSpan SameMoment = TimeSpan.FromMilliseconds(1);

    public Task Consume(ConsumeContext<CaseRouted> context) =>
        handler.HandleOnceAsync(context, nameof(PlanDeadlinesConsumer), async db =>
        {
            var caseId = context.Message.CaseId;
            await db.LockCaseAsync(caseId, context.CancellationToken);
            var record = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, context.CancellationToken)
                ?? throw new CaseNotReadyException($"CaseRouted: case {caseId} does not exist");
            if (record.Status == CaseStatus.Submitted)
                throw new CaseNotReadyException($"CaseRouted: case {caseId} is not routed yet");
            if (await AlreadyPlannedAsync(db, caseId, RoutingKinds, null, context.CancellationToken)) return;
            Add(db, record.Id, planner.WhenRouted(record.Type, record.SubmittedAt), null);
        });

    public Task Consume(ConsumeContext<SupplementRequested> context) =>
        handler.HandleOnceAsync(context, nameof(PlanDeadlinesConsumer), async db =>
        {
            // The request this message announces, by its time — not the latest one: with several rounds the messages
            // may be handled late or out of order, and each round's answer deadline belongs to its own request.
            var caseId = context.Message.CaseId;
            var at = context.Message.RequestedAt;
            await db.LockCaseAsync(caseId, context.CancellationToken);
            var request = await db.CaseHistory.AsNoTracking()
                .Where(h => h.CaseId == caseId && h.Action == CaseAction.RequestSupplement && h.At >= at - SameMoment && h.At <= at + SameMoment)
                .OrderBy(h => h.Id).FirstOrDefaultAsync(context.CancellationToken)
                ?? throw new CaseNotReadyException($"SupplementRequested: case {caseId} does not exist or has no supplement request at {at:O}");
            if (await AlreadyPlannedAsync(db, caseId, [DeadlineKind.SupplementAnswer], request.Id, context.CancellationToken)) return;
            Add(db, request.CaseId, planner.WhenSupplementRequested(request.At), request.Id);
        });

    public Task Consume(ConsumeContext<CaseClosed> context) =>
        handler.HandleOnceAsync(context, nameof(PlanDeadlinesConsumer), async db =>
        {
            var caseId = context.Message.CaseId;
            await db.LockCaseAsync(caseId, context.CancellationToken);
            var status = await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => (CaseStatus?)c.Status).FirstOrDefaultAsync(context.CancellationToken)
                ?? throw new CaseNotReadyException($"CaseClosed: case {caseId} does not exist");
            if (status != CaseStatus.Closed)
                throw new CaseNotReadyException($"CaseClosed: case {caseId} is {status}, not closed");
            if (await AlreadyPlannedAsync(db, caseId, ClosureKinds, null, context.CancellationToken)) return;
            var reason = Enum.TryParse<ClosureReason>(context.Message.ClosureReason, out var r) ? r : (ClosureReason?)null;
            Add(db, caseId, planner.WhenClosed(reason, context.Message.ClosedAt), null);
        });

    private static Task<bool> AlreadyPlannedAsync(HubDbContext db, Guid caseId, DeadlineKind[] kinds, long? anchor, CancellationToken ct) =>
        db.Deadlines.AnyAsync(d => d.CaseId == caseId && kinds.Contains(d.Kind) && d.AnchorHistoryId == anchor, ct);

    private void Add(HubDbContext db, Guid caseId, IEnumerable<PlannedDeadline> planned, long? anchor)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var p in planned)
            db.Deadlines.Add(new Deadline { CaseId = caseId, Kind = p.Kind, DueAt = p.DueAt, IsReminder = p.IsReminder, AnchorHistoryId = anchor, CreatedAt = now });
    }
}

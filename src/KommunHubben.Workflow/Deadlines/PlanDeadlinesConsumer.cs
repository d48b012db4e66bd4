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
/// follow-ups when it closes to work or studies. Idempotent through the inbox; the deadlines are rows, not scheduled messages.
/// </summary>
public sealed class PlanDeadlinesConsumer(IdempotentHandler handler, DeadlinePlanner planner, TimeProvider clock)
    : IConsumer<CaseRouted>, IConsumer<SupplementRequested>, IConsumer<CaseClosed>
{
    public Task Consume(ConsumeContext<CaseRouted> context) =>
        handler.HandleOnceAsync(context, nameof(PlanDeadlinesConsumer), async db =>
        {
            var record = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == context.Message.CaseId, context.CancellationToken);
            if (record is null) return;
            Add(db, record.Id, planner.WhenRouted(record.Type, record.SubmittedAt), null);
        });

    public Task Consume(ConsumeContext<SupplementRequested> context) =>
        handler.HandleOnceAsync(context, nameof(PlanDeadlinesConsumer), async db =>
        {
            var request = await db.CaseHistory.AsNoTracking()
                .Where(h => h.CaseId == context.Message.CaseId && h.Action == CaseAction.RequestSupplement)
                .OrderByDescending(h => h.Id).FirstOrDefaultAsync(context.CancellationToken);
            if (request is null) return;
            Add(db, request.CaseId, planner.WhenSupplementRequested(request.At), request.Id);
        });

    public Task Consume(ConsumeContext<CaseClosed> context) =>
        handler.HandleOnceAsync(context, nameof(PlanDeadlinesConsumer), db =>
        {
            var reason = Enum.TryParse<ClosureReason>(context.Message.ClosureReason, out var r) ? r : (ClosureReason?)null;
            Add(db, context.Message.CaseId, planner.WhenClosed(reason, context.Message.ClosedAt), null);
            return Task.CompletedTask;
        });

    private void Add(HubDbContext db, Guid caseId, IEnumerable<PlannedDeadline> planned, long? anchor)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var p in planned)
            db.Deadlines.Add(new Deadline { CaseId = caseId, Kind = p.Kind, DueAt = p.DueAt, IsReminder = p.IsReminder, AnchorHistoryId = anchor, CreatedAt = now });
    }
}

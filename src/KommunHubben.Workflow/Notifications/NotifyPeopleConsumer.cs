using KommunHubben.Contracts;
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
/// </summary>
public sealed class NotifyPeopleConsumer(IdempotentHandler handler, TimeProvider clock)
    : IConsumer<CaseRouted>, IConsumer<SupplementRequested>, IConsumer<SupplementProvided>, IConsumer<CaseDecided>
{
    public Task Consume(ConsumeContext<CaseRouted> context) =>
        Notify(context, context.Message.CaseId, "NewCase", _ => Task.FromResult<string?>(context.Message.OfficerId));

    public Task Consume(ConsumeContext<SupplementRequested> context) =>
        Notify(context, context.Message.CaseId, "SupplementRequested", db => SubmitterAsync(db, context.Message.CaseId, context.CancellationToken));

    public Task Consume(ConsumeContext<SupplementProvided> context) =>
        Notify(context, context.Message.CaseId, "SupplementAnswered", db => HolderAsync(db, context.Message.CaseId, context.CancellationToken));

    public Task Consume(ConsumeContext<CaseDecided> context) =>
        Notify(context, context.Message.CaseId, "CaseDecided", db => SubmitterAsync(db, context.Message.CaseId, context.CancellationToken));

    private Task Notify(ConsumeContext context, Guid caseId, string kind, Func<HubDbContext, Task<string?>> recipient) =>
        handler.HandleOnceAsync(context, nameof(NotifyPeopleConsumer), async db =>
        {
            if (await recipient(db) is { } who)
                db.Notifications.Add(new Notification { RecipientId = who, CaseId = caseId, Kind = kind, At = clock.GetUtcNow().UtcDateTime });
        });

    private static Task<string?> SubmitterAsync(HubDbContext db, Guid caseId, CancellationToken ct) =>
        db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => c.SubmittedBy).FirstOrDefaultAsync(ct);

    private static Task<string?> HolderAsync(HubDbContext db, Guid caseId, CancellationToken ct) =>
        db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => c.AssignedOfficerId).FirstOrDefaultAsync(ct);
}

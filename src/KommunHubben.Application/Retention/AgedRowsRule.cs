using System.Linq.Expressions;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Retention;

/// <summary>
/// Rows that go on their own clock, whatever their case: the oldest batch past the period is deleted in one statement
/// and the batch is logged as one line (kind, rule, count). Rows already deleted are not found again.
/// </summary>
public abstract class AgedRowsRule<TRow> : IRetentionRule where TRow : class
{
    public abstract string Kind { get; }

    /// <summary>How long rows of this kind are kept, or null to keep them.</summary>
    protected abstract TimeSpan? Period(RetentionOptions options);

    /// <summary>The rows older than <paramref name="cutoff"/>, oldest first.</summary>
    protected abstract IQueryable<TRow> Expired(HubDbContext db, DateTime cutoff);

    public async Task<int> RunBatchAsync(HubDbContext db, RetentionOptions options, DateTime now, CancellationToken ct)
    {
        if (Period(options) is not { } period) return 0;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var deleted = await Expired(db, now - period).Take(options.BatchSize).ExecuteDeleteAsync(ct);
        if (deleted == 0) return 0;
        db.RetentionLog.Add(new RetentionLogEntry { At = now, Kind = Kind, Rule = $"{Kind}:{Describe(period)}", Count = deleted });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return deleted;
    }

    private static string Describe(TimeSpan period) => period.TotalDays >= 1 ? $"{period.TotalDays:0}d" : $"{period.TotalHours:0}h";

    protected static TimeSpan? Days(int? days) => days is { } d ? TimeSpan.FromDays(d) : null;
}

/// <summary>Evidence uploaded for a form that was never submitted (abandoned, or the submission was refused).</summary>
public sealed class UnattachedUploadsRule : AgedRowsRule<Attachment>
{
    public override string Kind => RetentionKinds.UnattachedUploads;
    protected override TimeSpan? Period(RetentionOptions options) => options.UnattachedUploads;
    protected override IQueryable<Attachment> Expired(HubDbContext db, DateTime cutoff) =>
        db.Attachments.Where(a => a.CaseId == null && a.UploadedAt < cutoff).OrderBy(a => a.UploadedAt);
}

/// <summary>The trace of a refused submission (reason code, case type, unit); the coordinators' count is in reporting.</summary>
public sealed class RefusedSubmissionsRule : AgedRowsRule<SubmissionRefusal>
{
    public override string Kind => RetentionKinds.RefusedSubmissions;
    protected override TimeSpan? Period(RetentionOptions options) => Days(options.RefusedSubmissionDays);
    protected override IQueryable<SubmissionRefusal> Expired(HubDbContext db, DateTime cutoff) =>
        db.Refusals.Where(r => r.At < cutoff).OrderBy(r => r.Id);
}

public sealed class NotificationsRule : AgedRowsRule<Notification>
{
    public override string Kind => RetentionKinds.Notifications;
    protected override TimeSpan? Period(RetentionOptions options) => Days(options.NotificationDays);
    protected override IQueryable<Notification> Expired(HubDbContext db, DateTime cutoff) =>
        db.Notifications.Where(n => n.At < cutoff).OrderBy(n => n.Id);
}

/// <summary>Published outbox rows: the relay is done with them and a consumer's inbox has long recognised any copy.</summary>
public sealed class PublishedOutboxRule : AgedRowsRule<Persistence.Messaging.OutboxMessage>
{
    public override string Kind => RetentionKinds.MessagingRows;
    protected override TimeSpan? Period(RetentionOptions options) => Days(options.MessagingRowDays);
    protected override IQueryable<Persistence.Messaging.OutboxMessage> Expired(HubDbContext db, DateTime cutoff) =>
        db.Outbox.Where(o => o.PublishedAt != null && o.PublishedAt < cutoff).OrderBy(o => o.Id);
}

/// <summary>Inbox rows (which consumer handled which message): needed only while a copy of the message could still arrive.</summary>
public sealed class ProcessedInboxRule : AgedRowsRule<Persistence.Messaging.InboxMessage>
{
    public override string Kind => RetentionKinds.MessagingRows;
    protected override TimeSpan? Period(RetentionOptions options) => Days(options.MessagingRowDays);
    protected override IQueryable<Persistence.Messaging.InboxMessage> Expired(HubDbContext db, DateTime cutoff) =>
        db.Inbox.Where(i => i.ProcessedAt < cutoff).OrderBy(i => i.ProcessedAt);
}

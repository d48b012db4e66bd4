using KommunHubben.Domain.Notifications;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KommunHubben.Email;

/// <summary>
/// Decides what becomes of each new notification by e-mail. A round claims a batch of notifications that have no
/// sent-mail record yet — on PostgreSQL with FOR UPDATE SKIP LOCKED, so several workers never take the same one — and
/// in the same transaction writes each one's record: to be sent now, held for the digest, or not mailed (the person
/// chose off, has no address, is inactive, or the notice predates mail). The unique notification id on the record is
/// the backstop: a notification gets one record, whoever plans it.
/// </summary>
public sealed class NoticePlanner(HubDbContext db, IOptions<DatabaseOptions> database, IOptions<EmailOptions> options,
    MailFacts facts, MailComposer composer, TimeProvider clock)
{
    public const int BatchSize = 100;

    /// <summary>
    /// How far below the newest planned notification a round still looks: rows a crashed worker had claimed are
    /// planned again by the next round, and the scan stays short however many notifications the table holds.
    /// </summary>
    private const long LookBehind = 10_000;

    /// <returns>How many notifications this round planned.</returns>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var floor = (await db.OutgoingMails.MaxAsync(m => m.NotificationId, ct) ?? 0) - LookBehind;
        var claimed = database.Value.Provider == DatabaseProvider.Postgres
            ? await db.Notifications.FromSql($"""
                SELECT n.* FROM notifications n
                WHERE n."Id" > {floor} AND NOT EXISTS (SELECT 1 FROM outgoing_mails m WHERE m."NotificationId" = n."Id")
                ORDER BY n."Id" LIMIT {BatchSize} FOR UPDATE OF n SKIP LOCKED
                """).AsNoTracking().ToListAsync(ct)
            : await db.Notifications.AsNoTracking()
                .Where(n => n.Id > floor && !db.OutgoingMails.Any(m => m.NotificationId == n.Id))
                .OrderBy(n => n.Id).Take(BatchSize).ToListAsync(ct);
        if (claimed.Count == 0) return 0;

        var recipients = await facts.RecipientsAsync(claimed.Select(n => n.RecipientId), ct);
        foreach (var notice in claimed)
        {
            var status = Decide(notice, recipients.GetValueOrDefault(notice.RecipientId), now);
            db.OutgoingMails.Add(new OutgoingMail
            {
                NotificationId = notice.Id, RecipientId = notice.RecipientId, Kind = notice.Kind, CaseId = notice.CaseId,
                MessageId = composer.NoticeMessageId(notice.Id), Status = status, CreatedAt = now, NextAttemptAt = now,
            });
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return claimed.Count;
    }

    private OutgoingMailStatus Decide(Notification notice, MailRecipient? to, DateTime now)
    {
        if (to is null || !to.Active || now - notice.At > options.Value.MaxNoticeAge) return OutgoingMailStatus.Skipped;
        var delivery = to.Settings.DeliveryOf(NoticeCategories.Of(notice.Kind));
        if (delivery == MailDelivery.Off) return OutgoingMailStatus.Skipped;
        if (to.Address is null) return OutgoingMailStatus.NoAddress;
        return delivery == MailDelivery.DailyDigest ? OutgoingMailStatus.HeldForDigest : OutgoingMailStatus.Pending;
    }
}

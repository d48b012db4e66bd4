using KommunHubben.Domain.Calendar;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KommunHubben.Email;

/// <summary>
/// Plans the daily digests: on a Swedish working day, once a person's chosen hour has come (Stockholm time), the
/// notices held for them become one digest mail for that day — listing each still-open case once, most urgent first —
/// in one transaction that also marks the notices digested. Nothing open → no mail (the held notices are dropped).
/// No digest on a weekend or holiday: what is held waits for the next working day. The record is unique per
/// (person, day), so a second worker or a repeated round plans no second digest.
/// </summary>
public sealed class DigestPlanner(HubDbContext db, IOptions<DatabaseOptions> database, MailFacts facts, MailComposer composer,
    WorkingDayCalendar calendar, TimeProvider clock)
{
    /// <returns>How many digests this round planned.</returns>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var local = TimeZoneInfo.ConvertTimeFromUtc(now, WorkingDayCalendar.StockholmTimeZone);
        var day = DateOnly.FromDateTime(local);
        if (!calendar.IsWorkingDay(day)) return 0;

        var waiting = await db.OutgoingMails.AsNoTracking().Where(m => m.Status == OutgoingMailStatus.HeldForDigest)
            .Select(m => m.RecipientId).Distinct().ToListAsync(ct);
        if (waiting.Count == 0) return 0;
        var recipients = await facts.RecipientsAsync(waiting, ct);
        var planned = 0;
        foreach (var to in recipients.Values.Where(r => local.Hour >= r.Settings.DigestHour))
            if (await PlanAsync(to, day, now, ct)) planned++;
        return planned;
    }

    private async Task<bool> PlanAsync(MailRecipient to, DateOnly day, DateTime now, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (await db.OutgoingMails.AnyAsync(m => m.RecipientId == to.UserId && m.DigestDay == day, ct)) return false;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var held = await HeldAsync(to.UserId, ct);
        if (held.Count == 0) return false;
        var cases = await facts.CasesAsync(held.Where(h => h.CaseId != null).Select(h => h.CaseId!.Value), ct);
        var open = held.Where(h => h.CaseId is { } id && cases.TryGetValue(id, out var c) && c.IsOpen).ToList();
        OutgoingMail? digest = null;
        try
        {
            if (open.Count > 0 && to.Address is not null)
            {
                digest = new OutgoingMail
                {
                    RecipientId = to.UserId, Kind = OutgoingMailKinds.Digest, DigestDay = day, MessageId = composer.DigestMessageId(to.UserId, day),
                    Status = OutgoingMailStatus.Pending, CreatedAt = now, NextAttemptAt = now,
                };
                db.OutgoingMails.Add(digest);
                await db.SaveChangesAsync(ct);
            }
            foreach (var notice in held)
            {
                var listed = digest is not null && open.Contains(notice);
                notice.Status = listed ? OutgoingMailStatus.Digested : OutgoingMailStatus.Skipped;
                notice.DigestMailId = listed ? digest!.Id : null;
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another worker planned this person's digest for today first.
            return false;
        }
        return digest is not null;
    }

    private Task<List<OutgoingMail>> HeldAsync(string recipientId, CancellationToken ct)
    {
        var held = OutgoingMailStatus.HeldForDigest.ToString();
        return database.Value.Provider == DatabaseProvider.Postgres
            ? db.OutgoingMails.FromSql($"""
                SELECT * FROM outgoing_mails WHERE "RecipientId" = {recipientId} AND "Status" = {held}
                ORDER BY "Id" FOR UPDATE SKIP LOCKED
                """).ToListAsync(ct)
            : db.OutgoingMails.Where(m => m.RecipientId == recipientId && m.Status == OutgoingMailStatus.HeldForDigest).OrderBy(m => m.Id).ToListAsync(ct);
    }
}

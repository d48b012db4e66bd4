using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KommunHubben.Email;

/// <summary>
/// Plans the receipt mail for each newly submitted case: one outgoing row per case, to the contact person who
/// submitted it. The Message-ID (receipt-&lt;case id&gt;) is unique, so two workers planning the same receipt cannot
/// both succeed; the loser's round is simply repeated. Receipts are sent whatever the person chose for notices (a
/// receipt is the answer to their own action), when they have an address.
/// </summary>
public sealed class ReceiptPlanner(HubDbContext db, IOptions<EmailOptions> options, MailFacts facts, MailComposer composer, TimeProvider clock)
{
    public const int BatchSize = 100;

    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - options.Value.MaxNoticeAge;
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.SubmittedAt >= since && !db.OutgoingMails.Any(m => m.CaseId == c.Id && m.Kind == OutgoingMailKinds.Receipt))
            .OrderBy(c => c.SubmittedAt).Take(BatchSize).Select(c => new { c.Id, c.SubmittedBy }).ToListAsync(ct);
        if (cases.Count == 0) return 0;
        var recipients = await facts.RecipientsAsync(cases.Select(c => c.SubmittedBy), ct);
        foreach (var c in cases)
        {
            var to = recipients.GetValueOrDefault(c.SubmittedBy);
            db.OutgoingMails.Add(new OutgoingMail
            {
                RecipientId = c.SubmittedBy, Kind = OutgoingMailKinds.Receipt, CaseId = c.Id, MessageId = composer.ReceiptMessageId(c.Id),
                Status = to is not { Active: true } ? OutgoingMailStatus.Skipped : to.Address is null ? OutgoingMailStatus.NoAddress : OutgoingMailStatus.Pending,
                CreatedAt = now, NextAttemptAt = now,
            });
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear(); // another worker planned some of these first; the next round plans the rest
            return 0;
        }
        return cases.Count;
    }
}

using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace KommunHubben.Email;

/// <summary>
/// Sends the mails that are due, one at a time over one SMTP session: each is claimed (FOR UPDATE SKIP LOCKED on
/// PostgreSQL), sent, and marked sent in one transaction, so a crash between the server's "OK" and the commit can at
/// worst repeat that one mail — under the same Message-ID. A mail server that refuses or is down leaves the mail
/// pending with a growing delay (doubling from 1 s to <see cref="EmailOptions.MaxRetryDelay"/>) and ends the round:
/// mail waits, none is lost.
/// </summary>
public sealed class MailDispatcher(HubDbContext db, IOptions<DatabaseOptions> database, IOptions<EmailOptions> options,
    MailFacts facts, MailComposer composer, Demo.DemoMailbox demo, TimeProvider clock, ILogger<MailDispatcher> log)
{
    // Within one round, recipients and cases are read once (a burst of notices is mostly to few people about few cases).
    private readonly Dictionary<string, MailRecipient?> _recipients = [];
    private readonly Dictionary<Guid, CaseSummary?> _cases = [];

    /// <returns>How many mails this round sent.</returns>
    public async Task<int> RunOnceAsync(int max, CancellationToken ct)
    {
        _recipients.Clear();
        _cases.Clear();
        await using var transport = new SmtpMailTransport(options, demo);
        var sent = 0;
        while (sent < max)
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var mail = await ClaimAsync(ct);
            if (mail is null) return sent;
            var message = await ComposeAsync(mail, ct);
            if (message is null)
            {
                mail.Status = OutgoingMailStatus.NoAddress;
            }
            else
            {
                try
                {
                    await transport.SendAsync(message, ct);
                    mail.Status = OutgoingMailStatus.Sent;
                    mail.SentAt = clock.GetUtcNow().UtcDateTime;
                    sent++;
                }
                catch (SmtpCommandException ex) when (ex.ErrorCode == SmtpErrorCode.RecipientNotAccepted && (int)ex.StatusCode >= 500)
                {
                    // The server will never take this address: trying again would only hold up the others.
                    mail.Status = OutgoingMailStatus.Skipped;
                    mail.LastError = "RecipientNotAccepted";
                }
                catch (Exception ex) when (!ct.IsCancellationRequested)
                {
                    await PostponeAsync(mail, ex, tx, ct);
                    return sent;
                }
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        return sent;
    }

    private async Task PostponeAsync(OutgoingMail mail, Exception ex, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction tx, CancellationToken ct)
    {
        mail.Attempts++;
        var delay = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, mail.Attempts - 1), options.Value.MaxRetryDelay.TotalSeconds));
        mail.NextAttemptAt = clock.GetUtcNow().UtcDateTime + delay;
        mail.LastError = ex.GetType().Name;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        // The exception's type only: its message may quote an address.
        log.LogWarning("The mail server did not take mail {MailId} ({Error}, attempt {Attempt}); trying again in {Delay}",
            mail.Id, ex.GetType().Name, mail.Attempts, delay);
    }

    private async Task<OutgoingMail?> ClaimAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var pending = OutgoingMailStatus.Pending.ToString();
        return database.Value.Provider == DatabaseProvider.Postgres
            ? await db.OutgoingMails.FromSql($"""
                SELECT * FROM outgoing_mails WHERE "Status" = {pending} AND "NextAttemptAt" <= {now}
                ORDER BY "NextAttemptAt", "Id" LIMIT 1 FOR UPDATE SKIP LOCKED
                """).FirstOrDefaultAsync(ct)
            : await db.OutgoingMails.Where(m => m.Status == OutgoingMailStatus.Pending && m.NextAttemptAt <= now)
                .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).FirstOrDefaultAsync(ct);
    }

    private async Task<MimeMessage?> ComposeAsync(OutgoingMail mail, CancellationToken ct)
    {
        if (!_recipients.TryGetValue(mail.RecipientId, out var to))
            _recipients[mail.RecipientId] = to = (await facts.RecipientsAsync([mail.RecipientId], ct)).GetValueOrDefault(mail.RecipientId);
        if (to?.Address is null) return null;
        var @case = mail.CaseId is { } id ? await CaseAsync(id, ct) : null;
        if (mail.Kind == OutgoingMailKinds.Receipt) return @case is null ? null : composer.Receipt(mail, to, @case);
        if (mail.Kind != OutgoingMailKinds.Digest) return composer.Notice(mail, to, @case);
        var listed = await db.OutgoingMails.AsNoTracking().Where(m => m.DigestMailId == mail.Id)
            .Select(m => new { m.Kind, m.CaseId }).ToListAsync(ct);
        var summaries = await facts.CasesAsync(listed.Where(l => l.CaseId != null).Select(l => l.CaseId!.Value), ct);
        var items = listed.Where(l => l.CaseId is { } c && summaries.ContainsKey(c))
            .Select(l => (l.Kind, summaries[l.CaseId!.Value])).ToList();
        return composer.Digest(mail, to, items);
    }

    private async Task<CaseSummary?> CaseAsync(Guid id, CancellationToken ct)
    {
        if (!_cases.TryGetValue(id, out var summary))
            _cases[id] = summary = (await facts.CasesAsync([id], ct)).GetValueOrDefault(id);
        return summary;
    }
}

public static class OutgoingMailKinds
{
    public const string Digest = "Digest";
    public const string Receipt = "Receipt";
}

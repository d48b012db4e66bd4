using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Consents;
using KommunHubben.Messaging.Outbox;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KommunHubben.Application.Consents;

/// <summary>
/// One pass over the consents near or past their expiry day. A consent due for its notice tells the contact person of
/// each open case resting on it (one notice per case, naming the case); a lapsed consent stops each open case resting
/// on it as a withdrawal would (<see cref="ConsentEnding"/>) and tells the submitter and the officer holding it. Each is
/// recorded on the consent in the same transaction, so a second pass — or a second worker — sends and stops nothing
/// again; on PostgreSQL each batch locks its consents with FOR UPDATE SKIP LOCKED.
/// </summary>
public sealed class ConsentExpiryJob(HubDbContext db, IOptions<DatabaseOptions> database, IOptions<ConsentExpiryOptions> options,
    OutboxSignal signal, TimeProvider clock)
{
    /// <summary>The actor of the steps the hub takes by itself (shown as "the system").</summary>
    public const string Actor = "system";
    public const string NoticeKind = "ConsentExpiresSoon";

    /// <returns>How many notices went out and how many cases were stopped in this pass.</returns>
    public async Task<ConsentExpiryResult> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var lastNoticeDay = today.AddDays(options.Value.NoticeDays);
        // Candidates only (ids); each batch locks and checks them again, as another worker may have been first.
        var candidates = await db.Consents.AsNoTracking()
            .Where(c => c.WithdrawnAt == null
                && ((c.LapseHandledAt == null && c.ExpiresOn < today)
                    || (c.ExpiryNoticeSentAt == null && c.ExpiresOn >= today && c.ExpiresOn <= lastNoticeDay)))
            .OrderBy(c => c.ExpiresOn).Select(c => c.Id).ToListAsync(ct);

        var result = new ConsentExpiryResult(0, 0, 0);
        foreach (var batch in candidates.Chunk(Math.Max(1, options.Value.BatchSize)))
        {
            try
            {
                result += await RunBatchAsync(batch, now, today, ct);
            }
            catch (Exception e) when (e is DbUpdateConcurrencyException || IsDeadlock(e))
            {
                // A case changed under us; nothing of this batch was saved, it stays due and is tried next pass.
                result += new ConsentExpiryResult(0, 0, batch.Length);
            }
            db.ChangeTracker.Clear();
        }
        if (result.Notices + result.CasesStopped > 0) signal.Notify();
        return result;
    }

    private async Task<ConsentExpiryResult> RunBatchAsync(Guid[] ids, DateTime now, DateOnly today, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var consents = database.Value.Provider == DatabaseProvider.Postgres
            ? await db.Consents.FromSql($"""SELECT * FROM consents WHERE "Id" = ANY({ids}) FOR UPDATE SKIP LOCKED""").ToListAsync(ct)
            : await db.Consents.Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        var result = new ConsentExpiryResult(0, 0, 0);
        foreach (var consent in consents.Where(c => c.WithdrawnAt is null))
        {
            if (ConsentExpiry.HasLapsed(consent.ExpiresOn, today))
            {
                if (consent.LapseHandledAt is null) result += new ConsentExpiryResult(0, await StopRestingCasesAsync(consent, now, today, ct), 0);
            }
            else if (consent.ExpiryNoticeSentAt is null && ConsentExpiry.IsDueForNotice(consent.ExpiresOn, today, options.Value.NoticeDays))
                result += new ConsentExpiryResult(await NotifyAsync(consent, now, ct), 0, 0);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return result;
    }

    /// <summary>Tells the submitter of each open case resting on the consent. A consent with no such case is looked at
    /// again next pass (a case may still be sent on it), so its notice is not recorded yet.</summary>
    private async Task<int> NotifyAsync(ConsentRecord consent, DateTime now, CancellationToken ct)
    {
        var resting = await OpenCasesRestingOnAsync(consent, consent.ExpiresOn.AddDays(1), ct);
        if (resting.Count == 0) return 0;
        foreach (var record in resting)
            db.Notifications.Add(new Notification { RecipientId = record.SubmittedBy, CaseId = record.Id, Kind = NoticeKind, At = now });
        consent.RecordExpiryNoticeSent(now);
        return resting.Count;
    }

    private async Task<int> StopRestingCasesAsync(ConsentRecord consent, DateTime now, DateOnly today, CancellationToken ct)
    {
        var resting = await OpenCasesRestingOnAsync(consent, today, ct);
        foreach (var record in resting)
        {
            ConsentEnding.StopCase(db, record, Actor, ConsentEnding.Expired, now);
            // The contact person did nothing to stop it, so they are told too.
            db.Notifications.Add(new Notification { RecipientId = record.SubmittedBy, CaseId = record.Id, Kind = ConsentEnding.StoppedNotice(ConsentEnding.Expired), At = now });
            db.Audit.Add(new AuditEntry { At = now, ActorId = Actor, ActorRole = "System", Action = "StopCase", CaseId = record.Id, Reason = AuditReason });
        }
        consent.RecordLapseHandled(now);
        return resting.Count;
    }

    /// <summary>PostgreSQL's deadlock victim (SQLSTATE 40P01), anywhere in the exception's chain.</summary>
    private static bool IsDeadlock(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is System.Data.Common.DbException { SqlState: "40P01" }) return true;
        return false;
    }

    /// <summary>The reason the audit log gives for a stop by expiry (rendered in words by the web layer).</summary>
    public const string AuditReason = "consent expired";

    /// <summary>The person's open cases that the consent covers and no other consent of theirs covers on <paramref name="day"/>.</summary>
    private async Task<List<CaseRecord>> OpenCasesRestingOnAsync(ConsentRecord consent, DateOnly day, CancellationToken ct)
    {
        // On PostgreSQL the person's case rows are locked, as the workflow's handlers lock a case before they change
        // it: a case being routed this instant is read once its routing has committed, not overwritten.
        var cases = database.Value.Provider == DatabaseProvider.Postgres
            ? await db.Cases.FromSql($"""SELECT * FROM cases WHERE "PersonKeyHash" = {consent.PersonKeyHash} ORDER BY "Id" FOR UPDATE""").ToListAsync(ct)
            : await db.Cases.Where(c => c.PersonKeyHash == consent.PersonKeyHash).ToListAsync(ct);
        var open = cases.Where(c => !CaseLifecycle.IsTerminal(c.Status)).ToList();
        if (open.Count == 0) return open;
        var others = await db.Consents.AsNoTracking()
            .Where(c => c.PersonKeyHash == consent.PersonKeyHash && c.Id != consent.Id).ToListAsync(ct);
        return open.Where(c => ConsentExpiry.CaseRestsOn(consent.Terms, others.Select(o => o.Terms), c.Type, day)).ToList();
    }
}

/// <summary>What one pass of <see cref="ConsentExpiryJob"/> did; <see cref="Deferred"/> consents met a concurrent change and wait for the next pass.</summary>
public readonly record struct ConsentExpiryResult(int Notices, int CasesStopped, int Deferred)
{
    public static ConsentExpiryResult operator +(ConsentExpiryResult a, ConsentExpiryResult b) =>
        new(a.Notices + b.Notices, a.CasesStopped + b.CasesStopped, a.Deferred + b.Deferred);
}

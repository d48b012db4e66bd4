using KommunHubben.Contracts;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Deadlines;
using KommunHubben.Domain.Organisation;
using KommunHubben.Messaging.Outbox;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using KommunHubben.Persistence.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KommunHubben.Workflow.Deadlines;

/// <summary>
/// Fires due deadlines. Each round takes a batch of due rows — on PostgreSQL with FOR UPDATE SKIP LOCKED, so several
/// worker instances never fire the same one — asks the case's state whether each still matters, and in the same
/// transaction marks it fired and writes what follows: an escalation (DeadlineBreached + notifications to the officer
/// and coordinators), a reminder notification, or a follow-up task for the contact person.
/// </summary>
public sealed class DeadlineScheduler(HubDbContext db, IOptions<DatabaseOptions> database, OutboxSignal signal, TimeProvider clock)
{
    public const int BatchSize = 100;

    /// <returns>How many deadlines this round fired (including those that no longer mattered).</returns>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var due = database.Value.Provider == DatabaseProvider.Postgres
            ? await db.Deadlines.FromSql($"""
                SELECT * FROM deadlines WHERE "FiredAt" IS NULL AND "DueAt" <= {now}
                ORDER BY "DueAt", "Id" LIMIT {BatchSize} FOR UPDATE SKIP LOCKED
                """).ToListAsync(ct)
            : await db.Deadlines.Where(d => d.FiredAt == null && d.DueAt <= now).OrderBy(d => d.DueAt).ThenBy(d => d.Id).Take(BatchSize).ToListAsync(ct);
        if (due.Count == 0) return 0;

        var caseIds = due.Select(d => d.CaseId).Distinct().ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var lastRequests = await db.CaseHistory.AsNoTracking()
            .Where(h => caseIds.Contains(h.CaseId) && h.Action == CaseAction.RequestSupplement)
            .GroupBy(h => h.CaseId).Select(g => new { CaseId = g.Key, Last = g.Max(h => h.Id) })
            .ToDictionaryAsync(x => x.CaseId, x => x.Last, ct);
        var coordinators = await db.Users.AsNoTracking().Where(u => u.Role == Role.Coordinator && u.Active).Select(u => u.Id).ToListAsync(ct);

        foreach (var deadline in due)
        {
            if (!cases.TryGetValue(deadline.CaseId, out var record))
            {
                deadline.Fire(now, "CaseMissing");
                continue;
            }
            var roundOpen = deadline.AnchorHistoryId is { } anchor && lastRequests.GetValueOrDefault(record.Id) == anchor;
            if (!DeadlineRelevance.StillMatters(deadline.Kind, record.Status, roundOpen))
                deadline.Fire(now, "NoLongerRelevant");
            else if (DeadlineRelevance.IsFollowUp(deadline.Kind))
                FollowUp(deadline, record, now);
            else if (deadline.IsReminder)
                Remind(deadline, record, now);
            else
                Escalate(deadline, record, coordinators, now);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        signal.Notify();
        return due.Count;
    }

    private void Escalate(Deadline deadline, CaseRecord record, IReadOnlyList<string> coordinators, DateTime now)
    {
        deadline.Fire(now, "Escalated");
        // A supplement answer is the contact person's to give; the other SLA kinds are the officer's.
        var responsible = deadline.Kind == DeadlineKind.SupplementAnswer ? record.SubmittedBy : record.AssignedOfficerId;
        foreach (var recipient in coordinators.Append(responsible).OfType<string>().Distinct())
            Notify(recipient, record.Id, $"Breach{deadline.Kind}", now);
        db.PublishAfterCommit(new DeadlineBreached(record.Id, deadline.Kind.ToString(), record.AssignedOfficerId, deadline.DueAt, now), now);
    }

    private void Remind(Deadline deadline, CaseRecord record, DateTime now)
    {
        deadline.Fire(now, "Reminded");
        var recipient = deadline.Kind == DeadlineKind.SupplementAnswer ? record.SubmittedBy : record.AssignedOfficerId;
        if (recipient is not null) Notify(recipient, record.Id, $"Reminder{deadline.Kind}", now);
    }

    private void FollowUp(Deadline deadline, CaseRecord record, DateTime now)
    {
        deadline.Fire(now, "FollowUpDue");
        Notify(record.SubmittedBy, record.Id, deadline.Kind.ToString(), now);
        db.PublishAfterCommit(new FollowUpDue(record.Id, deadline.Kind.ToString(), record.SubmittedBy, deadline.DueAt), now);
    }

    private void Notify(string recipient, Guid caseId, string kind, DateTime now) =>
        db.Notifications.Add(new Notification { RecipientId = recipient, CaseId = caseId, Kind = kind, At = now });
}

using KommunHubben.Application.Auditing;
using KommunHubben.Application.Users;
using KommunHubben.Contracts;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Organisation;
using KommunHubben.Messaging.Outbox;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KommunHubben.Application.Cases;

/// <summary>
/// "Claim next": the officer gets the most urgent unclaimed case — from their own queue first, then from the shared AF
/// queue — and no two officers pressing at the same moment ever get the same case. On PostgreSQL the candidate row is
/// taken with FOR UPDATE SKIP LOCKED, so concurrent claims pass each other instead of colliding; on SQLite (one
/// process, one writer) a lost optimistic race simply tries the next candidate.
/// </summary>
public sealed class ClaimNext(HubDbContext db, IOptions<DatabaseOptions> database, OutboxSignal signal, TimeProvider clock)
{
    private const int SqliteAttempts = 5;

    public async Task<CommandResult> ClaimAsync(HubUser user, CancellationToken ct)
    {
        if (user.Role != Role.Officer)
            return new CommandResult.Forbidden("Only an employment officer can claim cases.");
        return database.Value.Provider == DatabaseProvider.Postgres
            ? await ClaimWithRowLockAsync(user, ct)
            : await ClaimOptimisticallyAsync(user, ct);
    }

    private async Task<CommandResult> ClaimWithRowLockAsync(HubUser user, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var id = await db.Database.SqlQuery<Guid>($"""
            SELECT "Id" AS "Value" FROM cases
            WHERE "Status" = 'Routed'
            ORDER BY ("AssignedOfficerId" = {user.UserId}) DESC, "Priority" DESC, "SubmittedAt", "Id"
            LIMIT 1
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(ct);
        if (id.Count == 0) return NothingLeft();
        var result = await ClaimCaseAsync(user, id[0], ct);
        await tx.CommitAsync(ct);
        signal.Notify();
        return result;
    }

    private async Task<CommandResult> ClaimOptimisticallyAsync(HubUser user, CancellationToken ct)
    {
        for (var attempt = 0; attempt < SqliteAttempts; attempt++)
        {
            var candidate = await db.Cases.AsNoTracking()
                .Where(c => c.Status == CaseStatus.Routed)
                .OrderByDescending(c => c.AssignedOfficerId == user.UserId).ThenByDescending(c => c.Priority)
                .ThenBy(c => c.SubmittedAt).ThenBy(c => c.Id)
                .Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
            if (candidate is null) return NothingLeft();
            try
            {
                var result = await ClaimCaseAsync(user, candidate.Value, ct);
                signal.Notify();
                return result;
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
            }
        }
        return new CommandResult.Conflict(ConflictCodes.ClaimedAtSameMoment);
    }

    private async Task<CommandResult> ClaimCaseAsync(HubUser user, Guid id, CancellationToken ct)
    {
        var record = await db.Cases.FirstAsync(c => c.Id == id, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (record.AssignedOfficerId != user.UserId)
            record.AssignTo(user.UserId, new Domain.Routing.RoutingReason(Domain.Routing.RoutingReason.ClaimedFromQueue, user.UserId, record.AssignedOfficerId ?? "").Serialize());
        db.CaseHistory.Add(record.Apply(CaseAction.Claim, user.UserId, now));
        db.PublishAfterCommit(new CaseClaimed(record.Id, user.UserId, now), now);
        AuditTrail.Record(db, user, "ClaimNext", record.Id, "case handling", now);
        await db.SaveChangesAsync(ct);
        return new CommandResult.Ok(record.Id, record.Status.ToString(), record.Version);
    }

    private static CommandResult NothingLeft() => new CommandResult.NothingLeft();
}

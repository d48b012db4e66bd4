using KommunHubben.Domain.Cases;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Retention;

/// <summary>The case's conversation (encrypted message texts; their read marks go with them): the rows are deleted.
/// A file sent with a message is a case attachment and goes by <see cref="AttachmentsRule"/>.</summary>
public sealed class MessagesRule : FinishedCaseDataRule
{
    public override string Kind => RetentionKinds.Messages;

    protected override int? Months(CaseDataRetention schedule) => schedule.MessageMonths;

    protected override IQueryable<CaseRecord> StillHolding(HubDbContext db, IQueryable<CaseRecord> cases) =>
        cases.Where(c => db.CaseMessages.Any(m => m.CaseId == c.Id));

    protected override async Task<IReadOnlyDictionary<Guid, int>> RemoveAsync(HubDbContext db, IReadOnlyList<Guid> caseIds, CancellationToken ct)
    {
        var counts = await db.CaseMessages.Where(m => caseIds.Contains(m.CaseId))
            .GroupBy(m => m.CaseId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        // Read marks first: SQLite (the embedded default) does not cascade a bulk delete unless foreign keys are on.
        await db.CaseMessageReads.Where(r => db.CaseMessages.Any(m => m.Id == r.MessageId && caseIds.Contains(m.CaseId))).ExecuteDeleteAsync(ct);
        await db.CaseMessages.Where(m => caseIds.Contains(m.CaseId)).ExecuteDeleteAsync(ct);
        return counts;
    }
}

using KommunHubben.Domain.Cases;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Retention;

/// <summary>The decision's content (encrypted): set to null. The outcome code and closure reason stay for reporting.</summary>
public sealed class DecisionContentRule : FinishedCaseDataRule
{
    public override string Kind => RetentionKinds.DecisionContent;

    protected override int? Months(CaseDataRetention schedule) => schedule.DecisionContentMonths;

    protected override IQueryable<CaseRecord> StillHolding(HubDbContext db, IQueryable<CaseRecord> cases) =>
        cases.Where(c => c.ProtectedDecision != null);

    protected override async Task<IReadOnlyDictionary<Guid, int>> RemoveAsync(HubDbContext db, IReadOnlyList<Guid> caseIds, CancellationToken ct)
    {
        await db.Cases.Where(c => caseIds.Contains(c.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ProtectedDecision, (byte[]?)null), ct);
        return caseIds.ToDictionary(id => id, _ => 1);
    }
}

using KommunHubben.Domain.Cases;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Retention;

/// <summary>The personnummer and form details (one encrypted document) and the person's lookup hash: set to null.</summary>
public sealed class PersonalDetailsRule : FinishedCaseDataRule
{
    public override string Kind => RetentionKinds.PersonalDetails;

    protected override int? Months(CaseDataRetention schedule) => schedule.PersonalDetailsMonths;

    protected override IQueryable<CaseRecord> StillHolding(HubDbContext db, IQueryable<CaseRecord> cases) =>
        cases.Where(c => c.ProtectedDetails != null || c.PersonKeyHash != null);

    protected override async Task<IReadOnlyDictionary<Guid, int>> RemoveAsync(HubDbContext db, IReadOnlyList<Guid> caseIds, CancellationToken ct)
    {
        await db.Cases.Where(c => caseIds.Contains(c.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.ProtectedDetails, (byte[]?)null)
            .SetProperty(c => c.PersonKeyHash, (string?)null), ct);
        return caseIds.ToDictionary(id => id, _ => 1);
    }
}

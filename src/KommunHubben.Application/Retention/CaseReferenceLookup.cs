using KommunHubben.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Retention;

/// <summary>The reference numbers (ärendenummer) of cases, for the deletion log, legal holds and the register extract.</summary>
public static class CaseReferenceLookup
{
    public static async Task<Dictionary<Guid, string?>> OfAsync(HubDbContext db, IReadOnlyCollection<Guid> caseIds, CancellationToken ct)
    {
        var ids = caseIds.Distinct().ToList();
        return await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Reference, ct);
    }
}

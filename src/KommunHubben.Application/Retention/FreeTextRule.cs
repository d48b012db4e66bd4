using KommunHubben.Domain.Cases;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Retention;

/// <summary>Free-text notes on the case's history steps (questions, answers, supplements): set to null; the steps stay.</summary>
public sealed class FreeTextRule : FinishedCaseDataRule
{
    public override string Kind => RetentionKinds.FreeText;

    protected override int? Months(CaseDataRetention schedule) => schedule.FreeTextMonths;

    protected override IQueryable<CaseRecord> StillHolding(HubDbContext db, IQueryable<CaseRecord> cases) =>
        cases.Where(c => db.CaseHistory.Any(h => h.CaseId == c.Id && h.ProtectedNote != null));

    protected override async Task<IReadOnlyDictionary<Guid, int>> RemoveAsync(HubDbContext db, IReadOnlyList<Guid> caseIds, CancellationToken ct)
    {
        var counts = await db.CaseHistory.Where(h => caseIds.Contains(h.CaseId) && h.ProtectedNote != null)
            .GroupBy(h => h.CaseId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        await db.CaseHistory.Where(h => caseIds.Contains(h.CaseId) && h.ProtectedNote != null)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.ProtectedNote, (byte[]?)null), ct);
        return counts;
    }
}

using KommunHubben.Domain.Cases;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Retention;

/// <summary>The case's evidence files (encrypted name and content): the rows are deleted.</summary>
public sealed class AttachmentsRule : FinishedCaseDataRule
{
    public override string Kind => RetentionKinds.Attachments;

    protected override int? Months(CaseDataRetention schedule) => schedule.AttachmentMonths;

    protected override IQueryable<CaseRecord> StillHolding(HubDbContext db, IQueryable<CaseRecord> cases) =>
        cases.Where(c => db.Attachments.Any(a => a.CaseId == c.Id));

    protected override async Task<IReadOnlyDictionary<Guid, int>> RemoveAsync(HubDbContext db, IReadOnlyList<Guid> caseIds, CancellationToken ct)
    {
        var counts = await db.Attachments.Where(a => a.CaseId != null && caseIds.Contains(a.CaseId.Value))
            .GroupBy(a => a.CaseId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        await db.Attachments.Where(a => a.CaseId != null && caseIds.Contains(a.CaseId.Value)).ExecuteDeleteAsync(ct);
        return counts;
    }
}

using KommunHubben.Domain.Calendar;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Deadlines;
using KommunHubben.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KommunHubben.Email;

/// <summary>What a receipt shows: no personal details, only what the hub itself says about the case.</summary>
/// <param name="FirstActionDue">the last working day an officer should first act (the service level)</param>
/// <param name="TakenUpAt">when an officer first acted on the case (claimed it, asked, decided …), if they have</param>
public sealed record ReceiptView(Guid CaseId, string Reference, string TypeCode, string UnitName, DateTime SubmittedAt,
    int FirstActionDays, DateOnly FirstActionDue, DateTime? TakenUpAt);

/// <summary>Reads a case's receipt for a contact person of the case's unit (anyone else gets nothing).</summary>
public sealed class ReceiptQuery(HubDbContext db, MailFacts facts, IOptions<SlaOptions> sla, WorkingDayCalendar calendar)
{
    private static readonly CaseAction[] OfficerActions =
        [CaseAction.Claim, CaseAction.RequestSupplement, CaseAction.Decide, CaseAction.Close, CaseAction.Reject, CaseAction.HandOver];

    public async Task<ReceiptView?> GetAsync(Guid caseId, string? unitId, CancellationToken ct)
    {
        var record = await db.Cases.AsNoTracking().Where(c => c.Id == caseId && c.UnitId == unitId)
            .Select(c => new { c.Id, c.Type, c.SubmittedAt }).FirstOrDefaultAsync(ct);
        if (record is null) return null;
        var summary = (await facts.CasesAsync([caseId], ct))[caseId];
        var takenUp = await db.CaseHistory.AsNoTracking().Where(h => h.CaseId == caseId && OfficerActions.Contains(h.Action))
            .OrderBy(h => h.Id).Select(h => (DateTime?)h.At).FirstOrDefaultAsync(ct);
        var days = sla.Value.FirstActionDays.GetValueOrDefault(record.Type, 0);
        var submittedLocal = TimeZoneInfo.ConvertTimeFromUtc(record.SubmittedAt, WorkingDayCalendar.StockholmTimeZone);
        var due = calendar.AddWorkingDays(DateOnly.FromDateTime(submittedLocal), days);
        return new ReceiptView(caseId, summary.Reference, summary.TypeCode, summary.UnitName, record.SubmittedAt, days, due, takenUp);
    }
}

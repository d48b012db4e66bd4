using KommunHubben.Domain.Indicators;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Reporting;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Reporting.Queries;

/// <summary>
/// Reads the projection as the domain's facts. Only cases whose submission has been projected count (an event for a
/// case the projection has not seen submitted waits until it has). Every figure comes from here, never from the
/// operational tables.
/// </summary>
public sealed class ReportingFacts(HubDbContext db)
{
    public async Task<IReadOnlyList<CaseFact>> CasesAsync(CancellationToken ct)
    {
        var rows = await db.ReportingCases.AsNoTracking()
            .Where(c => c.Type != null && c.UnitId != null && c.SubmittedAt != null && c.Status != null)
            .ToListAsync(ct);
        return rows.Select(ToFact).ToList();
    }

    public async Task<IReadOnlyList<FollowUpFact>> FollowUpsAsync(CancellationToken ct) =>
        (await db.ReportingFollowUps.AsNoTracking().ToListAsync(ct))
            .Where(f => Enum.TryParse<FollowUpKind>(f.Kind, out _))
            .Select(f => new FollowUpFact(f.CaseId, Enum.Parse<FollowUpKind>(f.Kind), f.Positive, f.RecordedAt))
            .ToList();

    public async Task<IReadOnlyList<RefusalFact>> RefusalsAsync(CancellationToken ct) =>
        (await db.ReportingRefusals.AsNoTracking().ToListAsync(ct))
            .Select(r => new RefusalFact(r.Reason, r.CaseType, r.UnitId, r.At)).ToList();

    private static CaseFact ToFact(ReportingCase c) => new()
    {
        CaseId = c.CaseId,
        Type = c.Type!.Value,
        UnitId = c.UnitId!,
        ContactPersonId = c.ContactPersonId ?? "unknown",
        ProjectId = c.ProjectId,
        Gender = Enum.TryParse<Gender>(c.Gender, out var g) ? g : Gender.Unknown,
        SubmittedAt = c.SubmittedAt!.Value,
        Status = c.Status!.Value,
        OfficerId = c.OfficerId,
        FirstActionAt = c.FirstActionAt,
        DecidedAt = c.DecidedAt,
        Outcome = c.Outcome,
        ClosedAt = c.ClosedAt,
        ClosureReason = c.ClosureReason,
        SupplementRounds = c.SupplementRounds,
        FirstActionBreached = c.FirstActionBreached,
        DecisionBreached = c.DecisionBreached,
    };
}

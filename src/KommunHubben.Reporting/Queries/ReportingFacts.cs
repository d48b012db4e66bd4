using KommunHubben.Domain.Cases;
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
/// <remarks>
/// Each question reads only the cases it can be about (closed in the year, submitted in the year, open, in a project),
/// through indexes on the projection: at national scale (a million cases over five years) loading every case for each
/// figure would cost seconds and hundreds of megabytes. The year windows are a day wider than the UTC year on both
/// sides; the domain then applies the exact Stockholm-date rule, so the figures do not depend on this pre-filter.
/// </remarks>
public sealed class ReportingFacts(HubDbContext db)
{
    private static readonly CaseStatus[] OpenStatuses =
        [CaseStatus.Submitted, CaseStatus.Routed, CaseStatus.Claimed, CaseStatus.AwaitingSupplement, CaseStatus.Decided];

    /// <summary>Cases closed in the Stockholm calendar year (and a day either side, which the domain drops).</summary>
    public Task<IReadOnlyList<CaseFact>> ClosedInYearAsync(int year, CancellationToken ct)
    {
        var (from, to) = Window(year);
        return ReadAsync(Projected().Where(c => c.Status == CaseStatus.Closed && c.ClosedAt >= from && c.ClosedAt < to), ct);
    }

    /// <summary>
    /// Cases closed in the Stockholm year, counted in the database by what the breakdown <paramref name="by"/> keeps
    /// apart (plus gender, closure category and period), so the API folds groups, not a country's year of rows.
    /// </summary>
    /// <remarks>
    /// PostgreSQL counts per Stockholm period itself (<see cref="ClosureCountsInPostgres"/>). The portable grouping
    /// below, for SQLite, keeps the period as the UTC year and month: Stockholm is one or two whole hours ahead of UTC,
    /// so a closure's Stockholm month differs from its UTC month only from 22:00 UTC on the last days of a month. Closures from 22:00
    /// on day 28 or later are therefore also kept apart by day and hour, and every group gets an instant with the same
    /// Stockholm date as all its closures: its own hour for those, the middle of the month for the rest.
    /// </remarks>
    public async Task<IReadOnlyList<ClosureGroup>> ClosuresInYearAsync(int year, IReadOnlyList<IndicatorDimension> by, CancellationToken ct)
    {
        var (from, to) = Window(year);
        if (db.Database.IsNpgsql()) return await ClosureCountsInPostgres.CountAsync(db, from, to, by, ct);
        bool unit = by.Contains(IndicatorDimension.Unit), coach = by.Contains(IndicatorDimension.Coach),
            type = by.Contains(IndicatorDimension.CaseType), project = by.Contains(IndicatorDimension.Project);
        // EF evaluates each condition on a captured flag before translating, so a dimension not asked for is a
        // constant null and does not split the groups.
        var groups = await Projected()
            .Where(c => c.Status == CaseStatus.Closed && c.ClosedAt >= from && c.ClosedAt < to)
            .GroupBy(c => new
            {
                UnitId = unit ? c.UnitId : null,
                ContactPersonId = coach ? c.ContactPersonId ?? UnknownContactPerson : null,
                Type = type ? c.Type : null,
                ProjectId = project ? c.ProjectId : null,
                c.Gender,
                c.ClosureReason,
                c.ClosedAt!.Value.Year,
                c.ClosedAt.Value.Month,
                LateDay = c.ClosedAt.Value.Day >= 28 && c.ClosedAt.Value.Hour >= 22 ? c.ClosedAt.Value.Day : 0,
                LateHour = c.ClosedAt.Value.Day >= 28 && c.ClosedAt.Value.Hour >= 22 ? c.ClosedAt.Value.Hour : 0,
            })
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(ct);
        return groups.Select(g => new ClosureGroup(
                g.Key.UnitId, g.Key.ContactPersonId, g.Key.Type, g.Key.ProjectId, GenderOf(g.Key.Gender),
                ClosureReasonCatalogue.Categorise(g.Key.ClosureReason),
                g.Key.LateDay == 0
                    ? new DateTime(g.Key.Year, g.Key.Month, 15, 12, 0, 0, DateTimeKind.Utc)
                    : new DateTime(g.Key.Year, g.Key.Month, g.Key.LateDay, g.Key.LateHour, 30, 0, DateTimeKind.Utc),
                g.Count))
            .ToList();
    }

    /// <summary>Cases submitted in the year, and every open case (the service figures' open-per-officer).</summary>
    public Task<IReadOnlyList<CaseFact>> SubmittedInYearOrOpenAsync(int year, CancellationToken ct)
    {
        var (from, to) = Window(year);
        return ReadAsync(Projected().Where(c => (c.SubmittedAt >= from && c.SubmittedAt < to) || OpenStatuses.Contains(c.Status!.Value)), ct);
    }

    public Task<IReadOnlyList<CaseFact>> OpenAsync(CancellationToken ct) =>
        ReadAsync(Projected().Where(c => OpenStatuses.Contains(c.Status!.Value)), ct);

    public Task<IReadOnlyList<CaseFact>> InProjectsAsync(CancellationToken ct) =>
        ReadAsync(Projected().Where(c => c.ProjectId != null), ct);

    private IQueryable<ReportingCase> Projected() => db.ReportingCases.AsNoTracking()
        .Where(c => c.Type != null && c.UnitId != null && c.SubmittedAt != null && c.Status != null);

    private static async Task<IReadOnlyList<CaseFact>> ReadAsync(IQueryable<ReportingCase> cases, CancellationToken ct) =>
        (await cases.ToListAsync(ct)).Select(ToFact).ToList();

    private static (DateTime From, DateTime To) Window(int year) =>
        (new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(-1), new DateTime(year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(1));

    public async Task<IReadOnlyList<FollowUpFact>> FollowUpsAsync(CancellationToken ct) =>
        (await db.ReportingFollowUps.AsNoTracking().ToListAsync(ct))
            .Where(f => Enum.TryParse<FollowUpKind>(f.Kind, out _))
            .Select(f => new FollowUpFact(f.CaseId, Enum.Parse<FollowUpKind>(f.Kind), f.Positive, f.RecordedAt))
            .ToList();

    public async Task<IReadOnlyList<RefusalFact>> RefusalsAsync(CancellationToken ct) =>
        (await db.ReportingRefusals.AsNoTracking().ToListAsync(ct))
            .Select(r => new RefusalFact(r.Reason, r.CaseType, r.UnitId, r.At)).ToList();

    /// <summary>The coach key of closures whose contact person the projection does not know.</summary>
    internal const string UnknownContactPerson = "unknown";

    internal static Gender GenderOf(string? code) => Enum.TryParse<Gender>(code, out var g) ? g : Gender.Unknown;

    private static CaseFact ToFact(ReportingCase c) => new()
    {
        CaseId = c.CaseId,
        Type = c.Type!.Value,
        UnitId = c.UnitId!,
        ContactPersonId = c.ContactPersonId ?? UnknownContactPerson,
        ProjectId = c.ProjectId,
        Gender = GenderOf(c.Gender),
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

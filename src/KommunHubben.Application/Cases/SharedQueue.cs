using KommunHubben.Application.Users;
using KommunHubben.Domain.Calendar;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Cases;

/// <summary>A row of the shared AF queue and why it is there: Released (put back by its officer), Absent, Inactive or
/// NoOfficer, with the officer it was placed with.</summary>
public sealed record PoolRow(CaseSummary Case, string WhyListed, string? OfficerId);

/// <summary>
/// The shared AF queue as an officer works it: unclaimed cases that no colleague has — released to the pool, or placed
/// with an officer who is absent today or no longer active. A case routed to a present colleague is theirs, and the
/// officer's own unclaimed cases are in their own queue: neither is repeated here.
/// </summary>
public sealed class SharedQueue(HubDbContext db, CaseQueries queries, TimeProvider clock)
{
    public async Task<IReadOnlyList<PoolRow>> ListAsync(HubUser user, QueueFilter filter, CancellationToken ct)
    {
        if (user.Role != Role.Officer) return [];
        var absent = AbsentToday();
        var page = await queries.PageAsync(filter.Apply(Pool(user, absent), db.Deadlines), 1, CaseQueries.MaxPageSize, ct);

        var ids = page.Items.Select(c => c.Id).ToList();
        var released = await db.CaseHistory.Where(h => ids.Contains(h.CaseId))
            .GroupBy(h => h.CaseId).Select(g => new { g.Key, Last = g.OrderByDescending(h => h.Id).Select(h => h.Action).First() })
            .Where(x => x.Last == CaseAction.Release).Select(x => x.Key).ToListAsync(ct);
        var absentNow = await absent.ToListAsync(ct);
        return page.Items.Select(c => new PoolRow(c,
            c.AssignedOfficerId is null ? "NoOfficer"
            : released.Contains(c.Id) ? "Released"
            : absentNow.Contains(c.AssignedOfficerId) ? "Absent" : "Inactive", c.AssignedOfficerId)).ToList();
    }

    /// <summary>The same pool, paged, for the API's GET /api/v1/queue/shared; null for anyone but an officer.</summary>
    public async Task<PagedList<CaseSummary>?> ListPageAsync(HubUser user, QueueFilter filter, int page, int pageSize, CancellationToken ct) =>
        user.Role != Role.Officer ? null
        : await queries.PageAsync(filter.Apply(Pool(user, AbsentToday()), db.Deadlines), page, pageSize, ct);

    private IQueryable<string> AbsentToday()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, WorkingDayCalendar.StockholmTimeZone));
        return db.OfficerAbsences.Where(a => a.From <= today && a.To >= today).Select(a => a.OfficerId);
    }

    /// <summary>Unclaimed cases that are not the caller's and that no present, active colleague has (or that were released).</summary>
    private IQueryable<CaseRecord> Pool(HubUser user, IQueryable<string> absent)
    {
        var inactive = db.Users.Where(u => !u.Active).Select(u => u.Id);
        return db.Cases.Where(c => c.Status == CaseStatus.Routed && c.AssignedOfficerId != user.UserId && (
            c.AssignedOfficerId == null || absent.Contains(c.AssignedOfficerId) || inactive.Contains(c.AssignedOfficerId)
            || db.CaseHistory.Where(h => h.CaseId == c.Id).OrderByDescending(h => h.Id).Select(h => h.Action).FirstOrDefault() == CaseAction.Release));
    }
}

using KommunHubben.Application.Users;
using KommunHubben.Domain.Calendar;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Cases;

/// <summary>The counts at the top of an officer's queue; each is also a quick filter (<see cref="OfficerDay.View"/>).</summary>
public sealed record DayCounts(int Mine, int New, int DueToday, int Overdue, int Waiting);

/// <summary>
/// An officer's day: their open cases and the views over them (new or changed since they last looked, due today,
/// overdue, waiting for the contact person), with counts. "Last looked" is a row per officer that the officer moves
/// forward themselves ("mark everything as seen"), so a reload or a filter click never makes a marker vanish unread.
/// </summary>
public sealed class OfficerDay(HubDbContext db, CaseQueries queries, TimeProvider clock)
{
    public static readonly string[] Views = ["mine", "new", "today", "overdue", "waiting"];

    public async Task<DateTime?> LastLookedAsync(HubUser user, CancellationToken ct) =>
        await db.QueueVisits.AsNoTracking().Where(v => v.OfficerId == user.UserId).Select(v => (DateTime?)v.LastLookedAt).FirstOrDefaultAsync(ct);

    /// <summary>The other active officers, by name: who a case can be handed over to.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> ColleaguesAsync(HubUser user, CancellationToken ct) =>
        (await db.Users.AsNoTracking().Where(u => u.Role == Role.Officer && u.Active && u.Id != user.UserId).OrderBy(u => u.Name)
            .Select(u => new { u.Id, u.Name }).ToListAsync(ct)).Select(u => (u.Id, u.Name)).ToList();

    public async Task MarkSeenAsync(HubUser user, CancellationToken ct)
    {
        if (user.Role != Role.Officer) return;
        var visit = await db.QueueVisits.FirstOrDefaultAsync(v => v.OfficerId == user.UserId, ct);
        if (visit is null) db.QueueVisits.Add(visit = new QueueVisit { OfficerId = user.UserId });
        visit.LastLookedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    public async Task<DayCounts> CountAsync(HubUser user, DateTime? lastLooked, CancellationToken ct)
    {
        var (now, endOfToday) = Today();
        return new DayCounts(
            await View(user, "mine", lastLooked, now, endOfToday).CountAsync(ct),
            await View(user, "new", lastLooked, now, endOfToday).CountAsync(ct),
            await View(user, "today", lastLooked, now, endOfToday).CountAsync(ct),
            await View(user, "overdue", lastLooked, now, endOfToday).CountAsync(ct),
            await View(user, "waiting", lastLooked, now, endOfToday).CountAsync(ct));
    }

    /// <summary>One view of the officer's open cases, filtered and sorted like the API's queue.</summary>
    public async Task<PagedList<CaseSummary>> ListAsync(HubUser user, string? view, DateTime? lastLooked, QueueFilter filter, CancellationToken ct)
    {
        var (now, endOfToday) = Today();
        return await queries.PageAsync(filter.Apply(View(user, view, lastLooked, now, endOfToday), db.Deadlines), 1, CaseQueries.MaxPageSize, ct);
    }

    private IQueryable<CaseRecord> View(HubUser user, string? view, DateTime? lastLooked, DateTime now, DateTime endOfToday)
    {
        var open = CaseLifecycle.OpenInQueueStatuses.ToArray();
        var mine = db.Cases.Where(c => c.AssignedOfficerId == user.UserId && open.Contains(c.Status));
        var pending = db.Deadlines.Where(d => d.FiredAt == null && !d.IsReminder);
        return view switch
        {
            "new" => lastLooked is { } since ? mine.Where(c => c.UpdatedAt > since) : mine,
            "today" => mine.Where(c => pending.Any(d => d.CaseId == c.Id && d.DueAt >= now && d.DueAt < endOfToday)),
            "overdue" => mine.Where(c => pending.Any(d => d.CaseId == c.Id && d.DueAt < now)
                                         || db.Deadlines.Any(d => d.CaseId == c.Id && d.Result == "Escalated")),
            "waiting" => mine.Where(c => c.Status == CaseStatus.AwaitingSupplement),
            _ => mine,
        };
    }

    /// <summary>Now, and the end of today in Stockholm (as UTC): "due today" is a Stockholm day, not a UTC one.</summary>
    private (DateTime Now, DateTime EndOfToday) Today()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var zone = WorkingDayCalendar.StockholmTimeZone;
        var localMidnight = TimeZoneInfo.ConvertTimeFromUtc(now, zone).Date.AddDays(1);
        return (now, TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(localMidnight, DateTimeKind.Unspecified), zone));
    }
}

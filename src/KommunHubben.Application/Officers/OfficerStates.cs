using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Organisation;
using KommunHubben.Domain.Routing;
using KommunHubben.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Officers;

/// <summary>
/// Reads what the routing policy weighs, for every active officer: skills (all case types when no profile says
/// otherwise), absences, and the types of the open cases they hold.
/// </summary>
public sealed class OfficerStates(HubDbContext db)
{
    public async Task<IReadOnlyCollection<OfficerState>> ReadAsync(CancellationToken ct)
    {
        var open = CaseLifecycle.OpenInQueueStatuses.ToArray();
        // Counted in the database: this runs for every case routed, and shipping every open case row to the worker
        // made routing slower the fuller the queues were (measured by the benchmark).
        var openCases = await db.Cases.AsNoTracking()
            .Where(c => c.AssignedOfficerId != null && open.Contains(c.Status))
            .GroupBy(c => new { c.AssignedOfficerId, c.Type })
            .Select(g => new { g.Key.AssignedOfficerId, g.Key.Type, Count = g.Count() })
            .ToListAsync(ct);
        var officers = await db.Users.AsNoTracking().Where(u => u.Role == Role.Officer && u.Active).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var profiles = await db.OfficerProfiles.AsNoTracking().ToDictionaryAsync(p => p.OfficerId, ct);
        var absences = await db.OfficerAbsences.AsNoTracking().ToListAsync(ct);

        return officers.Select(o => new OfficerState
        {
            OfficerId = o.Id,
            Name = o.Name,
            Skills = profiles.TryGetValue(o.Id, out var profile) ? profile.SkillSet : Enum.GetValues<CaseType>().ToHashSet(),
            OpenCases = openCases.Where(c => c.AssignedOfficerId == o.Id).SelectMany(c => Enumerable.Repeat(c.Type, c.Count)).ToList(),
            Absences = absences.Where(a => a.OfficerId == o.Id).Select(a => new AbsencePeriod(a.From, a.To)).ToList(),
        }).ToList();
    }
}

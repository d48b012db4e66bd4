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
        // Read from the officers' load rows (kept by the database with every move), not counted over all open cases:
        // this runs for every case routed, and the count grew with the number of cases.
        var openCases = await db.ReadOpenCasesAsync(ct);
        var officers = await db.Users.AsNoTracking().Where(u => u.Role == Role.Officer && u.Active).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var profiles = await db.OfficerProfiles.AsNoTracking().ToDictionaryAsync(p => p.OfficerId, ct);
        var absences = await db.OfficerAbsences.AsNoTracking().ToListAsync(ct);

        return officers.Select(o => new OfficerState
        {
            OfficerId = o.Id,
            Name = o.Name,
            Skills = profiles.TryGetValue(o.Id, out var profile) ? profile.SkillSet : Enum.GetValues<CaseType>().ToHashSet(),
            OpenCases = openCases.Where(c => c.OfficerId == o.Id).SelectMany(c => Enumerable.Repeat(c.Type, c.Count)).ToList(),
            Absences = absences.Where(a => a.OfficerId == o.Id).Select(a => new AbsencePeriod(a.From, a.To)).ToList(),
        }).ToList();
    }
}

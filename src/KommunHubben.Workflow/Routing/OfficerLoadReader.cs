using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Organisation;
using KommunHubben.Domain.Routing;
using KommunHubben.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Workflow.Routing;

/// <summary>Reads each active officer's count of open cases, the input of the routing policy.</summary>
public sealed class OfficerLoadReader
{
    public async Task<IReadOnlyCollection<OfficerLoad>> ReadAsync(HubDbContext db, CancellationToken ct)
    {
        var open = CaseLifecycle.OpenInQueueStatuses.ToArray();
        var counts = await db.Cases
            .Where(c => c.AssignedOfficerId != null && open.Contains(c.Status))
            .GroupBy(c => c.AssignedOfficerId!)
            .Select(g => new { OfficerId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.OfficerId, g => g.Count, ct);
        var officers = await db.Users
            .Where(u => u.Role == Role.Officer && u.Active)
            .Select(u => new { u.Id, u.Name })
            .ToListAsync(ct);
        return officers.Select(o => new OfficerLoad(o.Id, o.Name, counts.GetValueOrDefault(o.Id))).ToArray();
    }
}

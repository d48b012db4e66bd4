using KommunHubben.Application.Users;
using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Retention;

/// <summary>The deletion log, newest first, for administrators (it names cases, never their content).</summary>
public sealed class RetentionLogReader(HubDbContext db)
{
    public async Task<IReadOnlyList<RetentionLogEntry>?> LatestAsync(HubUser user, int take, CancellationToken ct) =>
        user.Role != Role.Administrator ? null
            : await db.RetentionLog.AsNoTracking().OrderByDescending(e => e.Id).Take(Math.Clamp(take, 1, 500)).ToListAsync(ct);
}

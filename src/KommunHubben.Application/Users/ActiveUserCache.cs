using System.Collections.Concurrent;
using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Users;

/// <summary>
/// Who an active user is (role, unit), kept for a few seconds so a request that names its user (the demo sign-in
/// header) does not read the users table every time. Deactivating a user through the hub forgets them at once in
/// this process; another API instance notices within <see cref="KeptFor"/>.
/// </summary>
public sealed class ActiveUserCache(TimeProvider clock)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<string, Kept> _users = new(StringComparer.Ordinal);

    public sealed record ActiveUser(string Id, Role Role, string? UnitId);

    private sealed record Kept(DateTimeOffset ReadAt, ActiveUser? User);

    /// <returns>the user, or null when no active user has this id</returns>
    public async Task<ActiveUser?> FindAsync(HubDbContext db, string id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_users.TryGetValue(id, out var kept) && now - kept.ReadAt < KeptFor) return kept.User;
        var user = await db.Users.AsNoTracking().Where(u => u.Id == id && u.Active)
            .Select(u => new ActiveUser(u.Id, u.Role, u.UnitId)).FirstOrDefaultAsync(ct);
        // Unknown ids are kept too (briefly), but not without bound: a caller inventing ids must not fill the memory.
        if (user is not null || _users.Count < 10_000) _users[id] = new Kept(now, user);
        return user;
    }

    public void Forget(string id) => _users.TryRemove(id, out _);
}

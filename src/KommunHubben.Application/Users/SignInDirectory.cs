using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Users;

/// <summary>Who may sign in: an active user by id, and (for the demo's picker) every active user with their unit's name.</summary>
public sealed class SignInDirectory(HubDbContext db)
{
    public sealed record Account(string Id, string Name, Role Role, string? UnitId, string? UnitName);

    public async Task<Account?> FindActiveAsync(string id, CancellationToken ct) =>
        (await ActiveAsync(db.Users.Where(u => u.Id == id), ct)).SingleOrDefault();

    public Task<IReadOnlyList<Account>> ListActiveAsync(CancellationToken ct) => ActiveAsync(db.Users, ct);

    private async Task<IReadOnlyList<Account>> ActiveAsync(IQueryable<Persistence.Entities.StaffUser> users, CancellationToken ct) =>
        await users.AsNoTracking().Where(u => u.Active).OrderBy(u => u.Id)
            .Select(u => new Account(u.Id, u.Name, u.Role, u.UnitId, db.Units.Where(n => n.Id == u.UnitId).Select(n => n.Name).FirstOrDefault()))
            .ToListAsync(ct);
}

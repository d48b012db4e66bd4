using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Cli;

/// <summary>
/// User administration: list, add, deactivate. Users are never deleted — the audit log and case history refer to
/// them — only deactivated, which stops sign-in and routing to them.
/// </summary>
public static class UsersCommand
{
    public static async Task<int> ListAsync()
    {
        await using var db = HubDatabase.Open();
        foreach (var u in await db.Users.AsNoTracking().OrderBy(u => u.Role).ThenBy(u => u.Id).ToListAsync())
            Console.WriteLine($"{u.Id,-12} {u.Role,-14} {u.UnitId ?? "-",-22} {(u.Active ? "active" : "inactive"),-8} {u.Name}");
        return 0;
    }

    public static async Task<int> AddAsync(string id, string role, string name, string? unit)
    {
        if (!Enum.TryParse<Role>(role, ignoreCase: true, out var parsedRole) || int.TryParse(role, out _))
            throw new UsageException($"role must be one of: {string.Join(", ", Enum.GetNames<Role>())}");
        if (parsedRole == Role.ContactPerson && unit is null)
            throw new UsageException("a contact person needs --unit <unitId>");
        await using var db = HubDatabase.Open();
        if (await db.Users.AnyAsync(u => u.Id == id))
            throw new InvalidOperationException($"user '{id}' already exists");
        if (unit is not null && !await db.Units.AnyAsync(u => u.Id == unit))
            throw new InvalidOperationException($"unit '{unit}' does not exist");
        db.Users.Add(new StaffUser { Id = id, Name = name, Role = parsedRole, UnitId = unit });
        await db.SaveChangesAsync();
        Console.WriteLine($"Added {parsedRole} {id}.");
        return 0;
    }

    public static async Task<int> DeactivateAsync(string id)
    {
        await using var db = HubDatabase.Open();
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id) ?? throw new InvalidOperationException($"user '{id}' does not exist");
        user.Active = false;
        await db.SaveChangesAsync();
        Console.WriteLine($"Deactivated {id}; their history stays.");
        return 0;
    }
}

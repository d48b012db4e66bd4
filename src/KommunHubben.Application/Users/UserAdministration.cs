using System.Text.RegularExpressions;
using KommunHubben.Application.Auditing;
using KommunHubben.Application.Cases;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Users;

/// <summary>
/// User administration for khub and the web workspace: list users and units, add a user, deactivate or reactivate
/// one. Users are never deleted — the audit log and case history refer to them — only deactivated, which stops their
/// sign-in and routing to them. Every change is audit-logged.
/// </summary>
public sealed partial class UserAdministration(HubDbContext db, ActiveUserCache activeUsers, TimeProvider clock)
{
    public sealed record UserView(string Id, string Name, string Role, string? UnitId, bool Active);
    public sealed record UnitView(string Id, string Name, string Kind, int ActiveContactPersons);
    public sealed record NewUser(string? Id, string? Name, string? Role, string? UnitId);

    public const int MaxNameLength = 200;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$")]
    private static partial Regex UserIdPattern();

    public async Task<IReadOnlyList<UserView>> ListUsersAsync(CancellationToken ct) =>
        (await db.Users.AsNoTracking().OrderBy(u => u.Role).ThenBy(u => u.Id).ToListAsync(ct))
            .Select(u => new UserView(u.Id, u.Name, u.Role.ToString(), u.UnitId, u.Active)).ToList();

    public async Task<IReadOnlyList<UnitView>> ListUnitsAsync(CancellationToken ct)
    {
        var contacts = await db.Users.AsNoTracking().Where(u => u.Role == Role.ContactPerson && u.Active && u.UnitId != null)
            .GroupBy(u => u.UnitId!).Select(g => new { Unit = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Unit, g => g.Count, ct);
        return (await db.Units.AsNoTracking().OrderBy(u => u.Name).ToListAsync(ct))
            .Select(u => new UnitView(u.Id, u.Name, u.Kind, contacts.GetValueOrDefault(u.Id))).ToList();
    }

    /// <summary>Adds a user. Invalid names every broken rule at once; an id already taken is a conflict.</summary>
    public async Task<CommandResult> AddAsync(HubUser actor, NewUser input, CancellationToken ct)
    {
        if (actor.Role != Role.Administrator) return new CommandResult.Forbidden("Only an administrator can add users.");
        var errors = new List<ValidationError>();
        var id = input.Id?.Trim();
        var name = input.Name?.Trim();
        var unit = string.IsNullOrWhiteSpace(input.UnitId) ? null : input.UnitId.Trim();
        if (string.IsNullOrEmpty(id)) errors.Add(new("id", RuleCode.Required));
        else if (!UserIdPattern().IsMatch(id)) errors.Add(new("id", RuleCode.UserIdFormat));
        if (string.IsNullOrEmpty(name)) errors.Add(new("name", RuleCode.Required));
        else if (name.Length > MaxNameLength) errors.Add(new("name", RuleCode.TooLong, MaxNameLength));
        Role? role = null;
        if (string.IsNullOrWhiteSpace(input.Role)) errors.Add(new("role", RuleCode.Required));
        else if (!Enum.TryParse<Role>(input.Role.Trim(), ignoreCase: true, out var parsed) || int.TryParse(input.Role, out _))
            errors.Add(new("role", RuleCode.NotInList, string.Join(", ", Enum.GetNames<Role>())));
        else role = parsed;
        if (role == Role.ContactPerson && unit is null) errors.Add(new("unitId", RuleCode.UnitRequiredForContactPerson));
        else if (role is not null && role != Role.ContactPerson && unit is not null) errors.Add(new("unitId", RuleCode.UnitOnlyForContactPerson));
        else if (unit is not null && !await db.Units.AnyAsync(u => u.Id == unit, ct)) errors.Add(new("unitId", RuleCode.UnknownUnit));
        if (errors.Count > 0) return new CommandResult.Invalid(errors);
        if (await db.Users.AnyAsync(u => u.Id == id, ct)) return new CommandResult.Conflict(ConflictCodes.UserIdTaken, id!);

        db.Users.Add(new StaffUser { Id = id!, Name = name!, Role = role!.Value, UnitId = unit });
        AuditTrail.Record(db, actor, "AddUser", null, $"{id} added as {role}{(unit is null ? "" : " in " + unit)}", clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return new CommandResult.Ok(Guid.Empty, "Added", 0);
    }

    /// <summary>Stops the user's sign-in and routing to them; their history stays. An administrator cannot lock themselves out.</summary>
    public Task<CommandResult> DeactivateAsync(HubUser actor, string id, CancellationToken ct) => SetActiveAsync(actor, id, false, ct);

    public Task<CommandResult> ReactivateAsync(HubUser actor, string id, CancellationToken ct) => SetActiveAsync(actor, id, true, ct);

    private async Task<CommandResult> SetActiveAsync(HubUser actor, string id, bool active, CancellationToken ct)
    {
        if (actor.Role != Role.Administrator) return new CommandResult.Forbidden("Only an administrator can change users.");
        if (!active && id == actor.UserId) return new CommandResult.Conflict(ConflictCodes.CannotDeactivateSelf);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null) return new CommandResult.NotFound();
        if (user.Active == active) return new CommandResult.Ok(Guid.Empty, active ? "Active" : "Inactive", 0);
        user.Active = active;
        AuditTrail.Record(db, actor, active ? "ReactivateUser" : "DeactivateUser", null, $"{id} {(active ? "reactivated" : "deactivated")}", clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        activeUsers.Forget(id);
        return new CommandResult.Ok(Guid.Empty, active ? "Active" : "Inactive", 0);
    }
}

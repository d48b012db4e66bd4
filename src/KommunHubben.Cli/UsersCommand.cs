using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Application.Cases;
using KommunHubben.Application.Users;

namespace KommunHubben.Cli;

/// <summary>
/// User administration: list, add, deactivate, through the same <see cref="UserAdministration"/> as the web workspace
/// (same rules, same audit entries, by <see cref="CliAdministrator"/>).
/// </summary>
public static class UsersCommand
{
    /// <summary>This process's own user cache: a running API forgets a user deactivated here within
    /// <see cref="ActiveUserCache.KeptFor"/>.</summary>
    private static UserAdministration Administration(Persistence.HubDbContext db) =>
        new(db, new ActiveUserCache(TimeProvider.System), TimeProvider.System);

    public static async Task<int> ListAsync()
    {
        await using var db = HubDatabase.Open();
        foreach (var u in await Administration(db).ListUsersAsync(CancellationToken.None))
            Console.WriteLine($"{u.Id,-12} {u.Role,-14} {u.UnitId ?? "-",-22} {(u.Active ? "active" : "inactive"),-8} {u.Name}");
        return 0;
    }

    public static async Task<int> AddAsync(string id, string role, string name, string? unit)
    {
        await using var db = HubDatabase.Open();
        var result = await Administration(db)
            .AddAsync(CliAdministrator.Current, new UserAdministration.NewUser(id, name, role, unit), CancellationToken.None);
        Fail(result, id);
        Console.WriteLine($"Added {role} {id}.");
        return 0;
    }

    public static async Task<int> DeactivateAsync(string id)
    {
        await using var db = HubDatabase.Open();
        Fail(await Administration(db).DeactivateAsync(CliAdministrator.Current, id, CancellationToken.None), id);
        Console.WriteLine($"Deactivated {id}; their history stays.");
        return 0;
    }

    /// <summary>Broken rules of the command line are usage errors (exit 2); what the database says (exists, missing) is a failure (exit 1).</summary>
    private static void Fail(CommandResult result, string? id = null)
    {
        switch (result)
        {
            case CommandResult.Ok: return;
            case CommandResult.Invalid invalid when invalid.Errors.All(e => e.Code == RuleCode.UnknownUnit):
                throw new CommandFailedException(string.Join("; ", invalid.Errors.Select(Describe)));
            case CommandResult.Invalid invalid:
                throw new UsageException(string.Join("; ", invalid.Errors.Select(Describe)));
            case CommandResult.Conflict { Code: ConflictCodes.UserIdTaken }: throw new CommandFailedException($"user '{id}' already exists");
            case CommandResult.Conflict { Code: ConflictCodes.CannotDeactivateSelf }: throw new CommandFailedException("you cannot deactivate yourself; ask another administrator");
            case CommandResult.Conflict conflict: throw new CommandFailedException(conflict.Code);
            case CommandResult.NotFound: throw new CommandFailedException($"user '{id}' does not exist");
            default: throw new CommandFailedException(result.ToString());
        }
    }

    /// <summary>A broken rule in the words of the command line: its options, not the form's field names.</summary>
    private static string Describe(ValidationError e) => e.Code switch
    {
        RuleCode.UnitRequiredForContactPerson => "a contact person needs --unit <unitId>",
        RuleCode.UnitOnlyForContactPerson => "--unit must be left out: only contact persons belong to a unit",
        RuleCode.UnknownUnit => "--unit does not exist",
        RuleCode.UserIdFormat => "the id must be 2-64 letters, digits, '.', '_' or '-', starting with a letter or digit",
        RuleCode.TooLong => $"{Option(e.Field)} must be at most {e.Args[0]} characters",
        RuleCode.NotInList => $"{Option(e.Field)} must be one of: {e.Args[0]}",
        RuleCode.Required => $"{Option(e.Field)} is required",
        _ => $"{Option(e.Field)} breaks the rule {e.Code}",
    };

    private static string Option(string field) => field switch
    {
        "unitId" => "--unit",
        "name" => "--name",
        _ => field,
    };
}

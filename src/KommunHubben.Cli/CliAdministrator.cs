using KommunHubben.Application.Users;
using KommunHubben.Domain.Organisation;

namespace KommunHubben.Cli;

/// <summary>
/// Who khub acts as in the audit log: the operating-system account that ran it, as <c>khub:&lt;user&gt;</c> with the
/// administrator role (khub runs on a hub server, where only administrators have an account with the hub's settings).
/// </summary>
public static class CliAdministrator
{
    public static HubUser Current { get; } = new(Truncate($"khub:{Environment.UserName}", 64), Role.Administrator, null);

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}

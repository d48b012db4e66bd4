using KommunHubben.Domain.Organisation;
using KommunHubben.Web.Texts;

namespace KommunHubben.Web.Infrastructure;

/// <summary>The main menu of each role's workspace. The coordinator and administrator workspaces grow their own entries.</summary>
public static class Navigation
{
    public static IReadOnlyList<(string Href, string Label)> For(Role role, UiText t) => role switch
    {
        Role.ContactPerson => [("/Contact", t.NavCases), ("/Contact/NewCase", t.NavNewCase), ("/Contact/Consents", t.NavConsents), ("/Notifications", t.Notifications)],
        Role.Officer => [("/Officer", t.NavQueue), ("/Notifications", t.Notifications)],
        Role.Coordinator => CoordinatorNavigation.For(t),
        Role.Administrator => AdminNavigation.For(t),
        _ => [],
    };

    /// <summary>Where a role lands after signing in.</summary>
    public static string Home(Role role) => role switch
    {
        Role.ContactPerson => "/Contact",
        Role.Officer => "/Officer",
        Role.Coordinator => "/Coordinator",
        Role.Administrator => "/Admin",
        _ => "/",
    };
}

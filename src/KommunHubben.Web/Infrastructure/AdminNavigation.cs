using KommunHubben.Web.Texts;
namespace KommunHubben.Web.Infrastructure;

/// <summary>The administrator's menu: one entry per tool of the workspace (Pages/Admin).</summary>
public static class AdminNavigation
{
    public static IReadOnlyList<(string Href, string Label)> For(UiText t) =>
    [
        ("/Admin", t.NavAdministration),
        ("/Admin/Users", t.NavUsers),
        ("/Admin/Officers", t.NavOfficers),
        ("/Admin/Routing", t.NavRouting),
        ("/Admin/DeadLetters", t.NavDeadLetters),
        ("/Admin/Audit", t.NavAudit),
        ("/Admin/Retention", t.NavRetention),
        ("/Admin/RegisterExtract", t.NavRegisterExtract),
    ];
}

using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;

namespace KommunHubben.Web.Pages.Admin;

/// <summary>The administrator's start: the workspace's tools, each with what it is for.</summary>
public sealed class IndexModel(UiText text) : HubPageModel(text)
{
    public IReadOnlyList<(string Href, string Title, string Description)> Tools =>
    [
        ("/Admin/Users", T.NavUsers, T.UsersToolText),
        ("/Admin/Officers", T.NavOfficers, T.OfficersToolText),
        ("/Admin/Routing", T.NavRouting, T.RoutingToolText),
        ("/Admin/DeadLetters", T.NavDeadLetters, T.DeadLettersToolText),
        ("/Admin/Audit", T.NavAudit, T.AuditToolText),
    ];

    public void OnGet() { }
}

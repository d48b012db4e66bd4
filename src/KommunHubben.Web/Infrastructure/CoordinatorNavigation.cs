using KommunHubben.Web.Texts;
namespace KommunHubben.Web.Infrastructure;

/// <summary>The coordinator's menu: one entry per page of the workspace (Pages/Coordinator).</summary>
public static class CoordinatorNavigation
{
    public static IReadOnlyList<(string Href, string Label)> For(UiText t) =>
    [
        ("/Coordinator", t.NavIndicator),
        ("/Coordinator/Service", t.NavService),
        ("/Coordinator/Caseload", t.NavCaseload),
        ("/Coordinator/FollowUps", t.NavFollowUps),
        ("/Coordinator/Projects", t.NavProjects),
        ("/Notifications", t.Notifications),
    ];
}

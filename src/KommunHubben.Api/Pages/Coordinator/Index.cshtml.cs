using KommunHubben.Api.Web;

namespace KommunHubben.Api.Pages.Coordinator;

/// <summary>The landing page of this workspace; its tools are added by the issue that builds them.</summary>
public sealed class IndexModel(UiText text) : HubPageModel(text)
{
    public void OnGet() { }
}

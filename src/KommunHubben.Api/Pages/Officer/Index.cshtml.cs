using KommunHubben.Api.Web;

namespace KommunHubben.Api.Pages.Officer;

public sealed class IndexModel(UiText text) : HubPageModel(text)
{
    public void OnGet() { }
}

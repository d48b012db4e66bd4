using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KommunHubben.Web.Pages;

/// <summary>The page for every error status of the workspaces (404 for a case you may not see, 400 for a form
/// without its antiforgery token, 500, …). Re-executed with the original method, so it accepts any.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    public void OnGet(int code) => Status = code is >= 400 and <= 599 ? code : 500;
    public void OnPost(int code) => OnGet(code);
}

using KommunHubben.Hosting;
using KommunHubben.Api.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KommunHubben.Api.Pages;

/// <summary>"/": each role goes to its own workspace (signing in first).</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() =>
        User.ToHubUser() is { } me ? LocalRedirect(Navigation.Home(me.Role)) : RedirectToPage("/Account/SignIn");
}

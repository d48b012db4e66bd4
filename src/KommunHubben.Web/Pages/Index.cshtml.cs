using KommunHubben.Hosting;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KommunHubben.Web.Pages;

/// <summary>"/": each role goes to its own workspace (signing in first).</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() =>
        User.ToHubUser() is { } me ? LocalRedirect(Navigation.Home(me.Role)) : RedirectToPage("/Account/SignIn");
}

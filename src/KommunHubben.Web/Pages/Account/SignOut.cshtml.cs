using KommunHubben.Hosting;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace KommunHubben.Web.Pages.Account;

/// <summary>Signs out of the pages (and of the identity provider's session when OpenID Connect is in use). POST only.</summary>
public sealed class SignOutModel(UiText text, SignInMode mode) : HubPageModel(text)
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(PageSignIn.CookieScheme);
        StatusMessage = T.SignedOut;
        if (mode.OpenIdConnect)
            return SignOut(new AuthenticationProperties { RedirectUri = "/" }, PageSignIn.OpenIdConnectScheme);
        return RedirectToPage("/Account/SignIn");
    }
}

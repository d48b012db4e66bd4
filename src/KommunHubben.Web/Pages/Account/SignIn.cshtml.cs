using KommunHubben.Application.Users;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Domain.Organisation;
using KommunHubben.Hosting;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace KommunHubben.Web.Pages.Account;

/// <summary>
/// Sign-in. In Demo mode: pick one of the seeded demo users (no password; a Production host refuses to start in Demo
/// mode). With OpenID Connect configured: straight on to the identity provider. Rate-limited per address.
/// </summary>
public sealed class SignInModel(UiText text, SignInMode mode, SignInDirectory accounts) : HubPageModel(text)
{
    public IReadOnlyList<(Role Role, IReadOnlyList<(string Value, string Label)> Users)> Groups { get; private set; } = [];
    public bool DemoPicker => mode.DemoPicker;

    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty] public string? UserId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (mode.OpenIdConnect)
            return Challenge(new AuthenticationProperties { RedirectUri = SafeReturnUrl() ?? "/" }, PageSignIn.OpenIdConnectScheme);
        if (mode.DemoPicker) await LoadUsersAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!mode.DemoPicker) return NotFound();
        var user = string.IsNullOrWhiteSpace(UserId) ? null
            : await accounts.FindActiveAsync(UserId, ct);
        if (user is null)
        {
            if (string.IsNullOrWhiteSpace(UserId)) Errors.Add("userId", RuleCode.Required);
            else Errors.AddWorded("userId", T.UnknownUser);
            await LoadUsersAsync(ct);
            return Page();
        }
        var identity = HubClaims.Identity(user.Id, user.Role, user.UnitId, PageSignIn.CookieScheme);
        await HttpContext.SignInAsync(PageSignIn.CookieScheme, new System.Security.Claims.ClaimsPrincipal(identity));
        StatusMessage = T.SignedIn(user.Name);
        return LocalRedirect(SafeReturnUrl() ?? Navigation.Home(user.Role));
    }

    private string? SafeReturnUrl() => ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) && url != "/" ? url : null;

    private async Task LoadUsersAsync(CancellationToken ct)
    {
        var users = await accounts.ListActiveAsync(ct);
        Groups = users.GroupBy(u => u.Role).OrderBy(g => g.Key)
            .Select(g => (g.Key, (IReadOnlyList<(string, string)>)g
                .Select(u => (u.Id, $"{u.Name} ({u.Id}{(u.UnitName is not null ? ", " + u.UnitName : "")})"))
                .ToList()))
            .ToList();
    }
}

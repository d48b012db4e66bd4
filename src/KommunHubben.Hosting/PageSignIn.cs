using Microsoft.AspNetCore.Authentication.Cookies;

namespace KommunHubben.Hosting;

/// <summary>
/// The names the web workspaces sign in and out with. The API host registers the schemes (Api/Auth/AuthenticationSetup.cs)
/// and the pages (KommunHubben.Web) use them; here because the pages' library cannot reference the host.
/// </summary>
public static class PageSignIn
{
    /// <summary>The pages' sign-in cookie.</summary>
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;

    /// <summary>Production sign-in for the pages; the name the host registers its OpenID Connect handler under.</summary>
    public const string OpenIdConnectScheme = "OpenIdConnect";

    public const string SignInPath = "/Account/SignIn";
    public const string AccessDeniedPath = "/Account/AccessDenied";
}

/// <summary>How people sign in to the pages on this host: the demo user picker, OpenID Connect, or neither (API only).</summary>
public sealed record SignInMode(bool DemoPicker, bool OpenIdConnect);

using Microsoft.AspNetCore.Http;

namespace KommunHubben.Api.Auth;

/// <summary>
/// Configuration section <c>Hub:Authentication:Cookie</c>: the sign-in cookie of the web workspaces. Production keeps
/// the defaults (Secure always, SameSite=Strict); only the embedded http://127.0.0.1 demo sets SameAsRequest, and
/// <see cref="KommunHubben.Hosting.ProductionGuard"/> refuses anything but Always in Production.
/// </summary>
public sealed class PageCookieOptions
{
    public const string Section = "Hub:Authentication:Cookie";

    public CookieSecurePolicy SecurePolicy { get; set; } = CookieSecurePolicy.Always;
    /// <summary>Strict by default. A deployment whose identity provider returns with a cross-site redirect may need Lax.</summary>
    public SameSiteMode SameSite { get; set; } = SameSiteMode.Strict;
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(8);
}

/// <summary>
/// Configuration section <c>Hub:Authentication:OpenIdConnect</c>: how the web workspaces sign people in in production
/// (the city's and AF's identity provider). The claim names default to those of <see cref="JwtOptions"/>, so pages
/// and API map a person to the same hub user.
/// </summary>
public sealed class OpenIdConnectSettings
{
    public const string Section = "Hub:Authentication:OpenIdConnect";

    public string Authority { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string? ClientSecret { get; set; }
    public string? UserIdClaim { get; set; }
    public string? RoleClaim { get; set; }
    public string? UnitClaim { get; set; }
    public string[] Scopes { get; set; } = ["openid", "profile"];
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}

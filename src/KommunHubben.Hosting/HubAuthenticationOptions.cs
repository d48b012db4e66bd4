using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace KommunHubben.Hosting;

/// <summary>
/// Configuration section <c>Hub:Authentication</c>: how people sign in. Here, not in the API, because
/// <see cref="ProductionGuard"/> checks it before any host's own set-up runs.
/// </summary>
public sealed class HubAuthenticationOptions
{
    public const string Section = "Hub:Authentication";
    public const string DemoMode = "Demo";
    public const string JwtMode = "Jwt";

    /// <summary><c>Jwt</c> (production) or <c>Demo</c> (the development sign-in; refused in Production).</summary>
    public string Mode { get; set; } = JwtMode;

    /// <summary>The web workspaces' sign-in cookie.</summary>
    public PageCookieOptions Cookie { get; set; } = new();

    public bool IsDemo => string.Equals(Mode, DemoMode, StringComparison.OrdinalIgnoreCase);
    public bool IsJwt => string.Equals(Mode, JwtMode, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the section from <paramref name="configuration"/> (defaults when absent).</summary>
    public static HubAuthenticationOptions From(IConfiguration configuration) =>
        configuration.GetSection(HubAuthenticationOptions.Section).Get<HubAuthenticationOptions>() ?? new HubAuthenticationOptions();
}

/// <summary>
/// Configuration section <c>Hub:Authentication:Cookie</c>: the sign-in cookie of the web workspaces. Production keeps
/// the defaults (Secure always, SameSite=Strict); only the embedded http://127.0.0.1 demo sets SameAsRequest, and
/// <see cref="ProductionGuard"/> refuses anything but Always in Production.
/// </summary>
public sealed class PageCookieOptions
{
    public const string Section = "Hub:Authentication:Cookie";

    public CookieSecurePolicy SecurePolicy { get; set; } = CookieSecurePolicy.Always;
    /// <summary>Strict by default. A deployment whose identity provider returns with a cross-site redirect may need Lax.</summary>
    public SameSiteMode SameSite { get; set; } = SameSiteMode.Strict;
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(8);
}

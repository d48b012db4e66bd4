using System.Security.Claims;
using KommunHubben.Domain.Organisation;
using KommunHubben.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace KommunHubben.Api.Auth;

public static class AuthenticationSetup
{
    /// <summary>The scheme every request starts with: it forwards /api/* to the API's scheme and the rest to the pages' cookie.</summary>
    public const string SelectorScheme = "Hub";
    // The pages' scheme names and paths are in Hosting (PageSignIn): the pages' library signs in and out with them.
    private const string PageScheme = PageSignIn.CookieScheme;
    private const string OpenIdConnectScheme = PageSignIn.OpenIdConnectScheme;

    /// <summary>
    /// Demo (embedded/development) or Jwt (production). The API keeps its own scheme (the demo header, or JWT bearer);
    /// the web workspaces sign in with a cookie, issued by the demo sign-in page or, in production, after OpenID
    /// Connect. Either way the principal ends up with the hub's own claims (<see cref="HubClaims"/>).
    /// </summary>
    public static void AddHubAuthentication(this WebApplicationBuilder builder)
    {
        var authenticationOptions = HubAuthenticationOptions.From(builder.Configuration);
        var services = builder.Services;
        var cookie = authenticationOptions.Cookie;
        var jwt = builder.Configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();
        var oidc = builder.Configuration.GetSection(OpenIdConnectSettings.Section).Get<OpenIdConnectSettings>() ?? new OpenIdConnectSettings();
        var demo = authenticationOptions.IsDemo;
        if (!demo && !authenticationOptions.IsJwt)
            throw new InvalidOperationException($"{HubAuthenticationOptions.Section}:Mode must be Demo or Jwt.");
        services.AddSingleton(new SignInMode(demo, !demo && oidc.IsConfigured));
        services.AddSingleton(cookie);

        var apiScheme = demo ? DemoAuthenticationHandler.SchemeName : JwtBearerDefaults.AuthenticationScheme;
        var authentication = services.AddAuthentication(SelectorScheme)
            .AddPolicyScheme(SelectorScheme, "API or pages", o => o.ForwardDefaultSelector = context =>
                context.Request.Path.StartsWithSegments("/api") ? apiScheme : PageScheme)
            .AddCookie(PageScheme, o =>
            {
                o.Cookie.Name = "khub.signin";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = cookie.SameSite;
                o.Cookie.SecurePolicy = cookie.SecurePolicy;
                o.ExpireTimeSpan = cookie.Lifetime;
                o.SlidingExpiration = true;
                o.LoginPath = PageSignIn.SignInPath;
                o.AccessDeniedPath = PageSignIn.AccessDeniedPath;
                if (!demo && oidc.IsConfigured) o.ForwardChallenge = OpenIdConnectScheme;
            });

        if (demo)
        {
            authentication.AddScheme<AuthenticationSchemeOptions, DemoAuthenticationHandler>(DemoAuthenticationHandler.SchemeName, null);
        }
        else
        {
            if (string.IsNullOrWhiteSpace(jwt.Authority) || string.IsNullOrWhiteSpace(jwt.Audience))
                throw new InvalidOperationException($"{JwtOptions.Section}:Authority and :Audience must be set when Hub:Authentication:Mode is Jwt.");
            authentication.AddJwtBearer(o =>
            {
                o.Authority = jwt.Authority;
                o.Audience = jwt.Audience;
                o.RequireHttpsMetadata = jwt.RequireHttpsMetadata;
                o.MapInboundClaims = false;
                o.Events = new JwtBearerEvents
                {
                    OnTokenValidated = context =>
                    {
                        var identity = ToHubIdentity(context.Principal!, jwt.UserIdClaim, jwt.RoleClaim, jwt.UnitClaim, "Jwt");
                        if (identity is null) context.Fail("The token lacks a user id or a known hub role.");
                        else context.Principal!.AddIdentity(identity);
                        return Task.CompletedTask;
                    },
                };
            });
            if (oidc.IsConfigured) AddOpenIdConnect(authentication, oidc, jwt);
        }
        services.AddAuthorization(o =>
        {
            foreach (var role in Enum.GetValues<Role>())
                o.AddPolicy(role.ToString(), p => p.RequireAuthenticatedUser().RequireClaim(HubClaims.Role, role.ToString()));
        });
    }

    /// <summary>Production sign-in for the pages: the identity provider's ID token is mapped to the hub's claims, and
    /// only those go into the cookie (no tokens are kept).</summary>
    private static void AddOpenIdConnect(AuthenticationBuilder authentication, OpenIdConnectSettings oidc, JwtOptions jwt) =>
        authentication.AddOpenIdConnect(OpenIdConnectScheme, o =>
        {
            o.SignInScheme = PageScheme;
            o.Authority = oidc.Authority;
            o.ClientId = oidc.ClientId;
            o.ClientSecret = oidc.ClientSecret;
            o.ResponseType = "code";
            o.UsePkce = true;
            o.SaveTokens = false;
            o.MapInboundClaims = false;
            o.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
            o.Scope.Clear();
            foreach (var scope in oidc.Scopes) o.Scope.Add(scope);
            o.Events = new OpenIdConnectEvents
            {
                OnTokenValidated = context =>
                {
                    var identity = ToHubIdentity(context.Principal!, oidc.UserIdClaim ?? jwt.UserIdClaim,
                        oidc.RoleClaim ?? jwt.RoleClaim, oidc.UnitClaim ?? jwt.UnitClaim, OpenIdConnectScheme);
                    if (identity is null) context.Fail("The ID token lacks a user id or a known hub role.");
                    else context.Principal = new ClaimsPrincipal(identity);
                    return Task.CompletedTask;
                },
            };
        });

    private static ClaimsIdentity? ToHubIdentity(ClaimsPrincipal principal, string userIdClaim, string roleClaim, string unitClaim, string scheme)
    {
        var userId = principal.FindFirstValue(userIdClaim);
        if (userId is null || !Enum.TryParse<Role>(principal.FindFirstValue(roleClaim), ignoreCase: true, out var role)) return null;
        return HubClaims.Identity(userId, role, principal.FindFirstValue(unitClaim), scheme);
    }
}

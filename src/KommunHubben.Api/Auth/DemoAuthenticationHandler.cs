using System.Security.Claims;
using System.Text.Encodings.Web;
using KommunHubben.Hosting;
using KommunHubben.Persistence;
using Microsoft.AspNetCore.Authentication;
using KommunHubben.Application.Users;
using Microsoft.Extensions.Options;

namespace KommunHubben.Api.Auth;

/// <summary>
/// Development sign-in for the seeded demo users: the request names the user in the <c>X-Demo-User</c> header.
/// It proves nothing about who is calling, so <see cref="KommunHubben.Hosting.ProductionGuard"/> refuses to start
/// a Production host with it.
/// </summary>
public sealed class DemoAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, HubDbContext db, ActiveUserCache users)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Demo";
    public const string Header = "X-Demo-User";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || string.IsNullOrWhiteSpace(values.ToString()))
            return AuthenticateResult.NoResult();
        var userId = values.ToString().Trim();
        var user = await users.FindAsync(db, userId, Context.RequestAborted);
        if (user is null)
            return AuthenticateResult.Fail("Unknown demo user.");
        var identity = HubClaims.Identity(user.Id, user.Role, user.UnitId, SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}

using System.Security.Claims;
using KommunHubben.Application.Users;
using KommunHubben.Domain.Organisation;

namespace KommunHubben.Hosting;

/// <summary>
/// The hub's own claim types. Every sign-in scheme (demo now, JWT/OpenID Connect in production) maps its user to
/// these, so the endpoints and use cases never depend on how someone signed in. Here, not in the API host, because
/// the web workspaces (KommunHubben.Web) read and issue them too.
/// </summary>
public static class HubClaims
{
    public const string UserId = "khub:user";
    public const string Role = "khub:role";
    public const string Unit = "khub:unit";

    public static ClaimsIdentity Identity(string userId, Role role, string? unitId, string scheme)
    {
        var claims = new List<Claim> { new(UserId, userId), new(Role, role.ToString()) };
        if (unitId is not null) claims.Add(new Claim(Unit, unitId));
        return new ClaimsIdentity(claims, scheme, UserId, Role);
    }

    /// <summary>The caller as the use cases see them, or null when the principal lacks a valid user or role.</summary>
    public static HubUser? ToHubUser(this ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(UserId);
        var roleText = principal.FindFirstValue(Role);
        if (id is null || !Enum.TryParse<Role>(roleText, ignoreCase: false, out var role)) return null;
        return new HubUser(id, role, principal.FindFirstValue(Unit));
    }
}

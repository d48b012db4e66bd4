namespace KommunHubben.Api.Auth;

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

namespace KommunHubben.Api.Auth;

/// <summary>Configuration section <c>Hub:Authentication:Jwt</c>: the city's and AF's identity provider.</summary>
public sealed class JwtOptions
{
    public const string Section = "Hub:Authentication:Jwt";

    public string Authority { get; set; } = "";
    public string Audience { get; set; } = "";
    /// <summary>Claim names in the provider's tokens that carry the hub's user id, role and unit.</summary>
    public string UserIdClaim { get; set; } = "sub";
    public string RoleClaim { get; set; } = "role";
    public string UnitClaim { get; set; } = "unit";
    public bool RequireHttpsMetadata { get; set; } = true;
}

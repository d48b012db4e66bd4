using System.Security.Claims;
using KommunHubben.Domain.Organisation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace KommunHubben.Api.Auth;

public static class AuthenticationSetup
{
    /// <summary>
    /// Demo (embedded/development) or Jwt (production). Either way the principal ends up with the hub's own
    /// claims (<see cref="HubClaims"/>), and every endpoint requires an authenticated hub user.
    /// </summary>
    public static void AddHubAuthentication(this WebApplicationBuilder builder)
    {
        var mode = builder.Configuration["Hub:Authentication:Mode"] ?? "Jwt";
        var services = builder.Services;
        if (string.Equals(mode, DemoAuthenticationHandler.SchemeName, StringComparison.OrdinalIgnoreCase))
        {
            services.AddAuthentication(DemoAuthenticationHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, DemoAuthenticationHandler>(DemoAuthenticationHandler.SchemeName, null);
        }
        else if (string.Equals(mode, "Jwt", StringComparison.OrdinalIgnoreCase))
        {
            var jwt = builder.Configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();
            if (string.IsNullOrWhiteSpace(jwt.Authority) || string.IsNullOrWhiteSpace(jwt.Audience))
                throw new InvalidOperationException($"{JwtOptions.Section}:Authority and :Audience must be set when Hub:Authentication:Mode is Jwt.");
            services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
            {
                o.Authority = jwt.Authority;
                o.Audience = jwt.Audience;
                o.RequireHttpsMetadata = jwt.RequireHttpsMetadata;
                o.MapInboundClaims = false;
                o.Events = new JwtBearerEvents { OnTokenValidated = context => MapToHubClaims(context, jwt) };
            });
        }
        else
        {
            throw new InvalidOperationException("Hub:Authentication:Mode must be Demo or Jwt.");
        }
        services.AddAuthorization();
    }

    private static Task MapToHubClaims(TokenValidatedContext context, JwtOptions jwt)
    {
        var principal = context.Principal!;
        var userId = principal.FindFirstValue(jwt.UserIdClaim);
        var roleText = principal.FindFirstValue(jwt.RoleClaim);
        if (userId is null || !Enum.TryParse<Role>(roleText, ignoreCase: true, out var role))
        {
            context.Fail("The token lacks a user id or a known hub role.");
            return Task.CompletedTask;
        }
        principal.AddIdentity(HubClaims.Identity(userId, role, principal.FindFirstValue(jwt.UnitClaim), "Jwt"));
        return Task.CompletedTask;
    }
}

using KommunHubben.Api.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace KommunHubben.Api.OpenApi;

/// <summary>How the OpenAPI document says callers sign in: the scheme the serving hub really accepts.</summary>
public static class OpenApiSecurity
{
    /// <summary>Security scheme for <see cref="DemoAuthenticationHandler"/>: the demo user's id in a header.</summary>
    public const string DemoScheme = "DemoUser";

    /// <summary>Security scheme for production: a JWT from the identity provider, as a bearer token.</summary>
    public const string BearerScheme = "Bearer";

    /// <summary>
    /// The sign-in the serving hub accepts (Auth/AuthenticationSetup.cs picks one by Hub:Authentication:Mode), as a
    /// security scheme required by every operation.
    /// </summary>
    public static async Task AddAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context)
    {
        var schemes = context.ApplicationServices.GetRequiredService<IAuthenticationSchemeProvider>();
        var declared = new Dictionary<string, IOpenApiSecurityScheme>();
        if (await schemes.GetSchemeAsync(DemoAuthenticationHandler.SchemeName) is not null)
            declared[DemoScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = DemoAuthenticationHandler.Header,
                Description = "Demo sign-in (embedded hub and development only): the id of a seeded demo user, e.g. `kp-05`. " +
                              "It proves nothing about the caller; a production hub refuses to start with it.",
            };
        if (await schemes.GetSchemeAsync(JwtBearerDefaults.AuthenticationScheme) is not null)
            declared[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "Production sign-in: a JWT from the identity provider configured under Hub:Authentication:Jwt, carrying the hub user id and role.",
            };
        if (declared.Count == 0) return;

        document.Components!.SecuritySchemes = declared;
        // Any one of the declared schemes signs the caller in.
        document.Security = declared.Keys
            .Select(name => new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(name, document)] = [] })
            .ToList();
    }
}

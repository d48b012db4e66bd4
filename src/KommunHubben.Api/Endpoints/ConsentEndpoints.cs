using KommunHubben.Api.Auth;
using KommunHubben.Application.Cases;
using KommunHubben.Application.Consents;
using KommunHubben.Domain.Consents;

namespace KommunHubben.Api.Endpoints;

/// <summary>/api/v1/consents: the consent register. Personnummer travel only in request bodies, never in URLs.</summary>
public static class ConsentEndpoints
{
    public sealed record ConsentLookupRequest(string? PersonalIdentityNumber);

    public static void MapConsentEndpoints(this IEndpointRouteBuilder api)
    {
        var consents = api.MapGroup("/consents").WithTags("Consents");

        consents.MapPost("/", async (RegisterConsentInput input, HttpContext http, ConsentCommands commands, CancellationToken ct) =>
        {
            var (result, id) = await commands.RegisterAsync(http.User.ToHubUser()!, input, ct);
            return result.ToHttp(_ => Results.Created($"/api/v1/consents/{id}", new { id }));
        }).WithName("RegisterConsent");

        consents.MapPost("/lookup", async (ConsentLookupRequest request, HttpContext http, ConsentCommands commands, CancellationToken ct) =>
        {
            var (error, found) = await commands.FindAsync(http.User.ToHubUser()!, request.PersonalIdentityNumber, ct);
            return error?.ToHttp() ?? Results.Ok(found);
        }).WithName("LookUpConsents");

        consents.MapPost("/{id:guid}/withdraw", async (Guid id, HttpContext http, ConsentCommands commands, CancellationToken ct) =>
        {
            var (result, withdrawal) = await commands.WithdrawAsync(http.User.ToHubUser()!, id, ct);
            return result.ToHttp(_ => Results.Ok(withdrawal));
        }).WithName("WithdrawConsent");
    }
}

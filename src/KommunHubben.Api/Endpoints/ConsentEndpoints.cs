using KommunHubben.Hosting;
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
        }).WithName("RegisterConsent")
            .WithSummary("Register a consent")
            .WithDescription("A contact person records a jobseeker's consent: the person's identity number (in the body only), the case types and information it covers, " +
                             "when and how it was given, and when it expires. The answer gives the consent's `id`.")
            .Produces(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        consents.MapPost("/lookup", async (ConsentLookupRequest request, HttpContext http, ConsentCommands commands, CancellationToken ct) =>
        {
            var (error, found) = await commands.FindAsync(http.User.ToHubUser()!, request.PersonalIdentityNumber, ct);
            return error?.ToHttp() ?? Results.Ok(found);
        }).WithName("LookUpConsents")
            .WithSummary("Look up a person's consents")
            .WithDescription("Contact persons only: every consent registered for the personal identity number in the body (never in the URL), withdrawn ones included. The lookup is audit-logged.")
            .Produces<IReadOnlyList<ConsentView>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        consents.MapPost("/{id:guid}/withdraw", async (Guid id, HttpContext http, ConsentCommands commands, CancellationToken ct) =>
        {
            var (result, withdrawal) = await commands.WithdrawAsync(http.User.ToHubUser()!, id, ct);
            return result.ToHttp(_ => Results.Ok(withdrawal));
        }).WithName("WithdrawConsent")
            .WithSummary("Record a withdrawal of consent")
            .WithDescription("A contact person of the unit that registered the consent records that the person withdrew it. The person withdraws consent, " +
                             "not one registration of it: all their consents end and their open cases are stopped; the answer counts both. 409 if it was already withdrawn.")
            .Produces<ConsentWithdrawal>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}

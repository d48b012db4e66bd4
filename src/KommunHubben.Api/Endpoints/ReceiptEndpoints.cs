using KommunHubben.Hosting;
using KommunHubben.Email;

namespace KommunHubben.Api.Endpoints;

/// <summary>/api/v1/cases/{id}/receipt: the submission's receipt, as the contact person's unit sees it.</summary>
public static class ReceiptEndpoints
{
    public static void MapReceiptEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/cases/{id:guid}/receipt", async (Guid id, HttpContext http, ReceiptQuery receipts, CancellationToken ct) =>
        {
            var me = http.User.ToHubUser()!;
            var receipt = me.Role == Domain.Organisation.Role.ContactPerson ? await receipts.GetAsync(id, me.UnitId, ct) : null;
            return receipt is null ? Results.NotFound() : Results.Ok(receipt);
        }).WithTags("Cases").WithName("GetCaseReceipt")
            .WithSummary("Get a case's receipt")
            .WithDescription("For a contact person of the case's unit: the reference number, when it was received, the case type, the unit, the service level (working days until an officer first acts, and that day) and when an officer first acted (null until then). 404 for anyone else.")
            .Produces<ReceiptView>(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status404NotFound);
    }
}

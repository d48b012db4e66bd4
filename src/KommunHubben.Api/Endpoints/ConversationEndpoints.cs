using KommunHubben.Hosting;
using KommunHubben.Api.OpenApi;
using KommunHubben.Application.Conversations;

namespace KommunHubben.Api.Endpoints;

/// <summary>/api/v1/cases/{id}/messages: the case's conversation between the unit and the officer holding the case.</summary>
public static class ConversationEndpoints
{
    /// <summary>A new message: its text, and optionally a file uploaded first through /api/v1/attachments.</summary>
    public sealed record PostMessageRequest(string? Text, Guid? AttachmentId);

    public static void MapConversationEndpoints(this IEndpointRouteBuilder api)
    {
        var messages = api.MapGroup("/cases/{id:guid}/messages").WithTags("Cases");

        messages.MapGet("/", async (Guid id, HttpContext http, CaseConversation conversation, CancellationToken ct) =>
                await conversation.ReadAsync(http.User.ToHubUser()!, id, AccessReason.From(http), ct) is { } view
                    ? Results.Ok(view)
                    : ResultMapping.NotFound())
            .WithName("GetCaseMessages")
            .WithSummary("Read a case's conversation")
            .WithDescription("The messages of the case's unit and its officer, oldest first, with the officer's supplement questions and the unit's answers in the same thread, " +
                             "who has read each message and when, and whether the caller may write now (`mayWrite`; `closed` once the case is finished). " +
                             "Messages are personal data: each read is audit-logged with the reason in `X-Access-Reason`, and marks the other side's messages read by the caller. " +
                             "404 whether the case does not exist or the caller may not see it.")
            .WithAccessReasonHeader()
            .Produces<ConversationView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        messages.MapPost("/", async (Guid id, PostMessageRequest? request, HttpContext http, CaseConversation conversation, CancellationToken ct) =>
                (await conversation.PostAsync(http.User.ToHubUser()!, id, request?.Text, request?.AttachmentId, ct))
                    .ToHttp(ok => Results.Created($"/api/v1/cases/{id}/messages", new CaseStatusResponse(ok.CaseId, ok.Status, ok.Version))))
            .WithName("PostCaseMessage")
            .WithSummary("Write on a case's conversation")
            .WithDescription("The contact persons of the case's unit and the officer holding the case write a `text` (at most 2 000 characters), optionally with " +
                             "`attachmentId`, a file the caller uploaded and has not attached yet. The other side is told by a notice (and e-mail by their choice) that names " +
                             "the case, never the text. 400 names the field and rule (also `conversationClosed` once the case is finished); 403 for an officer not holding " +
                             "the case; 404 when the case is not visible to the caller.")
            .Produces<CaseStatusResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}

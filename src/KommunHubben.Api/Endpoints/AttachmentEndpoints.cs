using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Hosting;
using KommunHubben.Api.OpenApi;
using KommunHubben.Application.Attachments;
using KommunHubben.Domain.Evidence;

namespace KommunHubben.Api.Endpoints;

/// <summary>Evidence files: upload before submitting, read back from the case.</summary>
public static class AttachmentEndpoints
{
    /// <summary>Room for one file just over the 10 MB limit plus the multipart envelope, so an 11 MB file gets the
    /// clear "at most 10 MB" answer instead of a cut connection; anything far larger is cut by the server (413).</summary>
    private const long UploadRequestLimit = EvidenceFileInspector.MaxBytes + 2 * 1024 * 1024;

    public static void MapAttachmentEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/attachments", async (IFormFile? file, HttpContext http, AttachmentCommands commands, CancellationToken ct) =>
            {
                if (file is null)
                    return ApiProblems.Validation("file", RuleCode.FileRequired);
                await using var stream = file.OpenReadStream();
                var (error, uploaded) = await commands.UploadAsync(http.User.ToHubUser()!, file.FileName, file.Length, stream, ct);
                return error?.ToHttp() ?? Results.Created($"/api/v1/attachments/{uploaded!.Id}", uploaded);
            })
            .DisableAntiforgery() // header-authenticated API call, no cookie to forge; the web forms (a later issue) add antiforgery
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(UploadRequestLimit))
            .WithTags("Attachments")
            .WithName("UploadEvidence")
            .WithSummary("Upload an evidence file")
            .WithDescription("A contact person uploads one file (multipart/form-data field `file`) before submitting the case that lists it as evidence. " +
                             "The content decides the type: PDF, PNG or JPEG, at most 10 MB. The file is stored encrypted; the answer gives the id to put in the case's evidence list. " +
                             "A file over 10 MB gets 400 naming `file` and the rule; a request body over 12 MB is refused with 413 before it is read.")
            .Produces<AttachmentCommands.Uploaded>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        api.MapGet("/cases/{caseId:guid}/attachments/{attachmentId:guid}", async (Guid caseId, Guid attachmentId, HttpContext http, AttachmentCommands commands, CancellationToken ct) =>
            {
                var reason = AccessReason.From(http);
                var file = await commands.ReadAsync(http.User.ToHubUser()!, caseId, attachmentId, string.IsNullOrWhiteSpace(reason) ? "case handling" : reason.Trim(), ct);
                return file is null ? ResultMapping.NotFound() : Results.File(file.Content, file.ContentType, file.FileName);
            })
            .WithTags("Attachments")
            .WithName("ReadEvidence")
            .WithSummary("Read an evidence file")
            .WithDescription("The file as uploaded, for those who may see the case. Each read is audit-logged with the reason in `X-Access-Reason`. " +
                             "404 whether the case or file does not exist or the caller may not see it.")
            .WithAccessReasonHeader()
            .Produces(StatusCodes.Status200OK, typeof(Stream), "application/pdf", "image/png", "image/jpeg")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}

using KommunHubben.Application.Auditing;
using KommunHubben.Application.Cases;
using KommunHubben.Application.Users;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Domain.Evidence;
using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using KommunHubben.Persistence.Protection;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Attachments;

/// <summary>
/// Evidence files: checked by content (PDF, PNG, JPEG only, at most 10 MB), stored encrypted, attached to a case at
/// submission, and read back only by those who may see the case — each read audit-logged.
/// </summary>
public sealed class AttachmentCommands(HubDbContext db, PersonalDataProtector protector, TimeProvider clock)
{
    public sealed record Uploaded(Guid Id, string FileType, long Length);
    public sealed record Download(byte[] Content, string ContentType, string FileName);

    public async Task<(CommandResult? Error, Uploaded? File)> UploadAsync(HubUser user, string? fileName, long length, Stream content, CancellationToken ct)
    {
        if (user.Role != Role.ContactPerson || user.UnitId is null)
            return (new CommandResult.Forbidden("Only a contact person can upload evidence."), null);

        var (error, attachment) = await StoreAsync(user.UserId, user.UnitId, fileName, length, content, ct);
        if (attachment is null) return (error, null);
        await db.SaveChangesAsync(ct);
        return (null, new Uploaded(attachment.Id, attachment.FileType, attachment.Length));
    }

    /// <summary>
    /// Checks a file by its content and adds it, encrypted, to the unit of work (the caller saves): the evidence upload
    /// and a conversation message's file share the same rules.
    /// </summary>
    public async Task<(CommandResult? Error, Attachment? File)> StoreAsync(
        string uploadedBy, string unitId, string? fileName, long length, Stream content, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var check = EvidenceFileInspector.Inspect(bytes.AsSpan(0, Math.Min(bytes.Length, 16)), Math.Max(length, bytes.Length), fileName);
        if (!check.IsAccepted)
            return (new CommandResult.Invalid([new ValidationError("file", check.Code, check.Args)]), null);

        var attachment = new Attachment
        {
            Id = Guid.NewGuid(),
            UploadedBy = uploadedBy,
            UnitId = unitId,
            FileType = check.Type.Value.ToString(),
            Length = bytes.Length,
            ProtectedName = protector.Protect(fileName!),
            ProtectedContent = protector.ProtectBytes(bytes),
            UploadedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Attachments.Add(attachment);
        return (null, attachment);
    }

    public async Task<Download?> ReadAsync(HubUser user, Guid caseId, Guid attachmentId, string reason, CancellationToken ct)
    {
        var record = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (record is null || !CaseVisibility.CanSee(user, record)) return null;
        var file = await db.Attachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.CaseId == caseId, ct);
        if (file is null) return null;

        AuditTrail.Record(db, user, "ReadAttachment", caseId, reason, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        var (contentType, extension) = file.FileType switch
        {
            nameof(EvidenceFileType.Pdf) => ("application/pdf", "pdf"),
            nameof(EvidenceFileType.Png) => ("image/png", "png"),
            _ => ("image/jpeg", "jpg"),
        };
        // A neutral download name: the original may carry the person's name.
        return new Download(protector.UnprotectBytes(file.ProtectedContent), contentType, $"underlag-{file.Id:N}.{extension}");
    }
}

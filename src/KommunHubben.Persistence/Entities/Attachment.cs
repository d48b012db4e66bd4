namespace KommunHubben.Persistence.Entities;

/// <summary>
/// An evidence file (medical certificate, assessment …): health data, so both the content and the original file name
/// are stored encrypted. Uploaded first, then attached to a case when the case is submitted.
/// </summary>
public sealed class Attachment
{
    public required Guid Id { get; init; }
    public required string UploadedBy { get; init; }
    public required string UnitId { get; init; }
    /// <summary>The type its content showed (Pdf, Png, Jpeg) — never taken from the name.</summary>
    public required string FileType { get; init; }
    public required long Length { get; init; }
    public required byte[] ProtectedName { get; init; }
    public required byte[] ProtectedContent { get; init; }
    public required DateTime UploadedAt { get; init; }
    public Guid? CaseId { get; private set; }

    public void AttachTo(Guid caseId) => CaseId = caseId;
}

using KommunHubben.Domain.Organisation;

namespace KommunHubben.Persistence.Entities;

/// <summary>
/// One message of a case's conversation between the contact person's unit and the officer holding the case. The text
/// is personal data (it is about the jobseeker), so it is stored encrypted and never leaves the database on the
/// broker; the retention schedule deletes the row with the rest of a finished case's content.
/// </summary>
public sealed class CaseMessage
{
    public long Id { get; init; }
    public required Guid CaseId { get; init; }
    public required DateTime At { get; init; }
    public required string AuthorId { get; init; }
    /// <summary>Which side wrote it: the unit (a contact person) or AF (the officer).</summary>
    public required Role AuthorRole { get; init; }
    public required byte[] ProtectedText { get; init; }
    /// <summary>An evidence file sent with the message (stored as the case's attachment, encrypted like every file).</summary>
    public Guid? AttachmentId { get; init; }
}

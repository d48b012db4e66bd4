using KommunHubben.Domain.Cases.Decisions;
using KommunHubben.Domain.Cases.Submission;

namespace KommunHubben.Application.RegisterExtracts;

/// <summary>
/// What the hub holds about one person (GDPR art. 15): every case about them with its history, decision and attachment
/// names, every consent, and every recorded read of their details (who, when, why). Codes, not sentences: the web
/// layer names them in the reader's language.
/// </summary>
public sealed record RegisterExtract(
    string RequestReference,
    DateTime GeneratedAt,
    string GeneratedBy,
    string PersonalIdentityNumber,
    IReadOnlyList<ExtractCase> Cases,
    IReadOnlyList<ExtractConsent> Consents,
    IReadOnlyList<ExtractRead> Reads);

/// <summary>One case. <see cref="DetailsRemoved"/> says the retention schedule already deleted its personal content.</summary>
public sealed record ExtractCase(
    Guid CaseId,
    string? Reference,
    string Type,
    string Status,
    string Unit,
    DateTime SubmittedAt,
    DateTime UpdatedAt,
    string? Outcome,
    string? ClosureReason,
    bool DetailsRemoved,
    CaseDetails? Details,
    DecisionDetails? Decision,
    IReadOnlyList<ExtractStep> History,
    IReadOnlyList<ExtractAttachment> Attachments,
    IReadOnlyList<ExtractMessage> Messages);

public sealed record ExtractStep(DateTime At, string Action, string FromStatus, string ToStatus, string Actor, string? Note);

/// <summary>One message of the case's conversation: who wrote it (by name), when, its text and the name of its file.</summary>
public sealed record ExtractMessage(DateTime At, string Author, string AuthorRole, string Text, string? FileName);

public sealed record ExtractAttachment(string FileName, string FileType, long Length, DateTime UploadedAt);

public sealed record ExtractConsent(
    IReadOnlyList<string> CaseTypes, string? InformationScope, DateOnly GivenOn, string GivenHow, DateOnly ExpiresOn,
    string Unit, string RegisteredBy, DateTime RegisteredAt, DateTime? WithdrawnAt);

/// <summary>One audit-logged read of the person's details: who (by name and id), in which role, when, what and why.</summary>
public sealed record ExtractRead(DateTime At, string Who, string WhoId, string Role, string Action, Guid CaseId, string? CaseReference, string Why);

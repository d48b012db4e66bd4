namespace KommunHubben.Domain.Cases.DisabilityCoding;

/// <summary>The disability-coding part of a submission, before validation.</summary>
public sealed record DisabilityCodingInput(
    IReadOnlyList<string>? Categories,
    string? EffectOnWork,
    IReadOnlyList<EvidenceInput>? Evidence);

/// <summary>One piece of evidence: what it is, who wrote it (author, title or agency) and when; optionally an uploaded file.</summary>
public sealed record EvidenceInput(string? Type, string? Author, string? TitleOrAgency, DateOnly? Date, Guid? AttachmentId);

using KommunHubben.Domain.Cases.Submission;

namespace KommunHubben.Domain.Cases.DisabilityCoding;

/// <summary>Health data: stored only inside the encrypted case content.</summary>
public sealed record DisabilityCodingDetails(
    IReadOnlyList<DisabilityCategory> Categories,
    string EffectOnWork,
    IReadOnlyList<EvidenceItem> Evidence) : CaseDetails;

public sealed record EvidenceItem(EvidenceType Type, string Author, string TitleOrAgency, DateOnly Date, Guid? AttachmentId);

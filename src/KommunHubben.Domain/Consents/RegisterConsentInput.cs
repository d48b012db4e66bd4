namespace KommunHubben.Domain.Consents;

/// <summary>A contact person registers an individual's consent (samtycke). Loosely typed for clear field errors.</summary>
public sealed record RegisterConsentInput(
    string? PersonalIdentityNumber,
    IReadOnlyList<string>? CaseTypes,
    string? InformationScope,
    DateOnly? GivenOn,
    string? GivenHow,
    DateOnly? ExpiresOn);

using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Identity;

namespace KommunHubben.Domain.Consents;

public sealed record ValidatedConsent(
    PersonalIdentityNumber Person,
    IReadOnlySet<CaseType> CaseTypes,
    string? InformationScope,
    DateOnly GivenOn,
    ConsentGivenHow GivenHow,
    DateOnly ExpiresOn);

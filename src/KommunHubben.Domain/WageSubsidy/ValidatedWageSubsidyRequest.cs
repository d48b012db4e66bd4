using KommunHubben.Domain.Identity;
using KommunHubben.Domain.Occupations;

namespace KommunHubben.Domain.WageSubsidy;

/// <summary>A wage-subsidy request that passed every rule, with its values parsed.</summary>
/// <param name="Occupation">AF's occupation group; an SCB code that AF merged has already been mapped to it.</param>
/// <param name="Earlier">The earlier decision for an extension (reference trimmed), or null for a first decision.</param>
public sealed record ValidatedWageSubsidyRequest(
    WageSubsidyForm Form,
    OrganisationNumber Employer,
    string Workplace,
    SsykOccupation Occupation,
    int ExtentPercent,
    decimal GrossMonthlyWage,
    DateOnly StartDate,
    int RequestedMonths,
    string DisabilityCodeReference,
    bool UnionConsulted,
    string AdaptationPlan,
    WageSubsidyHistory? Earlier)
{
    /// <summary>True when this asks to extend an earlier decision rather than for a first one.</summary>
    public bool IsExtension => Earlier is not null;
}

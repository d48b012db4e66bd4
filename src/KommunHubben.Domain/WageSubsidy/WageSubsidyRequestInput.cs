namespace KommunHubben.Domain.WageSubsidy;

/// <summary>
/// A wage-subsidy request (docs/domain.md case type 3) as the contact person sends it, before validation. Every field is
/// nullable or loosely typed so that a missing or wrong value becomes an error naming the field, not a parser exception.
/// </summary>
public sealed record WageSubsidyRequestInput(
    string? Form,
    string? EmployerOrganisationNumber,
    string? Workplace,
    string? OccupationCode,
    int? ExtentPercent,
    decimal? GrossMonthlyWage,
    DateOnly? StartDate,
    int? RequestedMonths,
    string? DisabilityCodeReference,
    bool? UnionConsulted,
    string? AdaptationPlan,
    WageSubsidyHistory? Earlier);

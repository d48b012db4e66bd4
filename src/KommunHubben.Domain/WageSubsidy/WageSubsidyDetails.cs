using KommunHubben.Domain.Cases.Submission;

namespace KommunHubben.Domain.WageSubsidy;

/// <summary>A wage-subsidy case as stored (inside the encrypted case content): plain values, so it reads back
/// without the parsing types. <see cref="SubsidyBasis"/> is computed at submission for the officer's information.</summary>
public sealed record WageSubsidyDetails(
    WageSubsidyForm Form,
    string EmployerOrganisationNumber,
    string Workplace,
    string OccupationCode,
    string OccupationLabel,
    int ExtentPercent,
    decimal GrossMonthlyWage,
    DateOnly StartDate,
    int RequestedMonths,
    string DisabilityCodeReference,
    bool UnionConsulted,
    string AdaptationPlan,
    int? MonthsAlreadyGranted,
    string? EarlierDecisionReference,
    decimal SubsidyBasis) : CaseDetails
{
    public static WageSubsidyDetails From(ValidatedWageSubsidyRequest r, WageSubsidyRulesOptions rules) => new(
        r.Form, r.Employer.Normalized, r.Workplace, r.Occupation.Code, r.Occupation.Label, r.ExtentPercent, r.GrossMonthlyWage,
        r.StartDate, r.RequestedMonths, r.DisabilityCodeReference, r.UnionConsulted, r.AdaptationPlan,
        r.Earlier?.MonthsAlreadyGrantedInThisForm, r.Earlier?.EarlierDecisionReference,
        WageSubsidyCalculator.SubsidyBasis(r.GrossMonthlyWage, r.ExtentPercent, rules));
}

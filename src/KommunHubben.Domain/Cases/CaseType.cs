namespace KommunHubben.Domain.Cases;

/// <summary>The kinds of case the hub routes (docs/domain.md, "Case types").</summary>
public enum CaseType
{
    GeneralQuestion,
    IndividualPlanning,
    DisabilityCoding,
    WageSubsidy,
}

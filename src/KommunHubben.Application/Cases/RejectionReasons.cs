namespace KommunHubben.Application.Cases;

/// <summary>Reason codes for refusing a case: codes, not free text, so they can travel in messages and be counted;
/// the officer's explanation is a separate, encrypted note. (Decision outcomes are in Domain.Cases.Decisions.)</summary>
public static class RejectionReasons
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "NotForAf", "Duplicate", "MissingInformation", "Other",
    };
}

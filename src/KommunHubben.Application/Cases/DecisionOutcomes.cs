namespace KommunHubben.Application.Cases;

/// <summary>Outcome codes an officer can record. Codes, not free text, so they can travel in messages and
/// be counted; the officer's explanation is a separate, encrypted note.</summary>
public static class DecisionOutcomes
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "Answered", "MeetingBooked", "InformationSent", "Declined",
    };

    public static readonly IReadOnlySet<string> RejectionReasons = new HashSet<string>(StringComparer.Ordinal)
    {
        "NotForAf", "Duplicate", "MissingInformation", "Other",
    };
}

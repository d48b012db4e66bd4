namespace KommunHubben.Domain.Cases.Decisions;

/// <summary>
/// The outcomes each case type can end in (DOMAIN.md and the case-types issue). "Supplement requested" is not an
/// outcome: it is the supplement round-trip, which leaves the case open.
/// </summary>
public static class CaseOutcomes
{
    public const string Answered = "Answered";
    public const string MeetingBooked = "MeetingBooked";
    public const string InformationSent = "InformationSent";
    public const string Declined = "Declined";
    public const string Coded = "Coded";
    public const string NotCoded = "NotCoded";
    public const string Granted = "Granted";
    public const string Rejected = "Rejected";

    public static IReadOnlyList<string> For(CaseType type) => type switch
    {
        CaseType.GeneralQuestion => [Answered, Declined],
        CaseType.IndividualPlanning => [MeetingBooked, InformationSent, Declined],
        CaseType.DisabilityCoding => [Coded, NotCoded],
        CaseType.WageSubsidy => [Granted, Rejected],
        _ => [],
    };
}

namespace KommunHubben.Domain.Cases.Decisions;

/// <summary>
/// The outcomes each case type can end in (docs/domain.md and the case-types issue). "Supplement requested" is not an
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
    /// <summary>A referral into a joint project (Stockholmskraften, Kvinnors etablering): the person was enrolled.</summary>
    public const string Enrolled = "Enrolled";
    /// <summary>A support asked for through a general question (SIUS, nystartsjobb, introduktionsjobb) was assigned.</summary>
    public const string SupportAssigned = "SupportAssigned";

    /// <summary>The outcomes of a case; a case tagged to a joint project can also end in <see cref="Enrolled"/>.</summary>
    public static IReadOnlyList<string> For(CaseType type, bool taggedToProject) =>
        taggedToProject && type is CaseType.GeneralQuestion or CaseType.IndividualPlanning ? [.. For(type), Enrolled] : For(type);

    public static IReadOnlyList<string> For(CaseType type) => type switch
    {
        CaseType.GeneralQuestion => [Answered, SupportAssigned, Declined],
        CaseType.IndividualPlanning => [MeetingBooked, InformationSent, Declined],
        CaseType.DisabilityCoding => [Coded, NotCoded],
        CaseType.WageSubsidy => [Granted, Rejected],
        _ => [],
    };
}

using KommunHubben.Domain.Cases;

namespace KommunHubben.Domain.Deadlines;

/// <summary>
/// Service levels in Swedish working days (configuration section <c>Hub:Sla</c>). docs/domain.md marks them as assumed and
/// configurable: the parties set them in their cooperation agreement.
/// </summary>
public sealed class SlaOptions
{
    /// <summary>The configuration section this is bound from.</summary>
    public const string Section = "Hub:Sla";

    public Dictionary<CaseType, int> FirstActionDays { get; set; } = new()
    {
        [CaseType.GeneralQuestion] = 2, [CaseType.IndividualPlanning] = 2, [CaseType.DisabilityCoding] = 3, [CaseType.WageSubsidy] = 2,
    };

    public Dictionary<CaseType, int> DecisionDays { get; set; } = new()
    {
        [CaseType.GeneralQuestion] = 5, [CaseType.IndividualPlanning] = 10, [CaseType.DisabilityCoding] = 20, [CaseType.WageSubsidy] = 15,
    };

    /// <summary>Working days the contact person has to answer a supplement request.</summary>
    public int SupplementAnswerDays { get; set; } = 10;

    /// <summary>A reminder goes out this many working days before an SLA deadline (0 = no reminder).</summary>
    public int ReminderWorkingDaysBefore { get; set; } = 1;

    /// <summary>Follow-up after closure to work or studies, in months (docs/domain.md: 3, and 6 for some groups).</summary>
    public int[] FollowUpMonths { get; set; } = [3, 6];

    /// <summary>Self-sufficiency (no financial aid) is checked this many months after closure.</summary>
    public int SelfSufficiencyMonths { get; set; } = 6;
}

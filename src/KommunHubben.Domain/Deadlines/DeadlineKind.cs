namespace KommunHubben.Domain.Deadlines;

/// <summary>What a deadline watches. SLA kinds escalate when breached; follow-up kinds become tasks for the contact person.</summary>
public enum DeadlineKind
{
    FirstAction,
    Decision,
    SupplementAnswer,
    FollowUp3Months,
    FollowUp6Months,
    SelfSufficiency6Months,
}

using KommunHubben.Domain.Cases;

namespace KommunHubben.Domain.Deadlines;

/// <summary>
/// Deadlines are never cancelled; when one falls due, the case's state decides whether it still matters
/// (a case decided in time produces no escalation).
/// </summary>
public static class DeadlineRelevance
{
    /// <param name="supplementRoundStillOpen">For SupplementAnswer: the request this deadline was set for is still the open one.</param>
    public static bool StillMatters(DeadlineKind kind, CaseStatus status, bool supplementRoundStillOpen) => kind switch
    {
        DeadlineKind.FirstAction => status == CaseStatus.Routed,
        DeadlineKind.Decision => status is CaseStatus.Submitted or CaseStatus.Routed or CaseStatus.Claimed or CaseStatus.AwaitingSupplement,
        DeadlineKind.SupplementAnswer => status == CaseStatus.AwaitingSupplement && supplementRoundStillOpen,
        // Follow-ups are tasks about the person after closure; a withdrawn consent ends them.
        _ => status != CaseStatus.Stopped,
    };

    public static bool IsFollowUp(DeadlineKind kind) =>
        kind is DeadlineKind.FollowUp3Months or DeadlineKind.FollowUp6Months or DeadlineKind.SelfSufficiency6Months;
}

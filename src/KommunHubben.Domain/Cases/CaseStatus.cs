namespace KommunHubben.Domain.Cases;

/// <summary>Where a case is in its life. The allowed moves between them are in <see cref="CaseLifecycle"/>.</summary>
public enum CaseStatus
{
    Submitted,
    Routed,
    Claimed,
    AwaitingSupplement,
    Decided,
    Closed,
    Rejected,
    Withdrawn,
    /// <summary>Stopped because the person withdrew their consent: nothing more is exchanged about them.</summary>
    Stopped,
}

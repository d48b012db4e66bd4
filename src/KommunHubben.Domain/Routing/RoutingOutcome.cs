namespace KommunHubben.Domain.Routing;

/// <summary>
/// The answer of <see cref="RoutingPolicy.Route"/>: the officer who gets the case, or none (no skilled officer is
/// present, so the caller leaves the case unrouted and alerts an administrator); the reason in words; and the
/// case's queue priority with the rules that set it.
/// </summary>
public sealed record RoutingOutcome(string? OfficerId, string Reason, PriorityAssessment Priority)
{
    /// <summary>True when an officer was chosen.</summary>
    public bool IsRouted => OfficerId is not null;

    /// <summary>The reason as a code and arguments, what the case keeps and the pages word (<see cref="Reason"/> is for logs).</summary>
    public RoutingReason? Explanation { get; init; }
}

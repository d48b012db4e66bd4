namespace KommunHubben.Domain.Routing;

/// <summary>
/// One case's fate in a redistribution: the officer it moves to, or none (no present officer has the skill; the case
/// stays where it is and an administrator must act), with the reason in words.
/// </summary>
public sealed record CaseMove(Guid CaseId, string FromOfficerId, string? ToOfficerId, string Reason)
{
    /// <summary>True when the case got a new officer.</summary>
    public bool IsAssigned => ToOfficerId is not null;

    /// <summary>The reason as a code and arguments, what the case keeps and the pages word (<see cref="Reason"/> is for logs).</summary>
    public RoutingReason? Explanation { get; init; }
}

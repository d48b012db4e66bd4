namespace KommunHubben.Domain.Routing;

/// <summary>
/// Where a case stands in an officer's queue: higher levels are worked first. Set by <see cref="PriorityRules"/>;
/// the level does not change which officer gets the case, only the order in which it is handled.
/// </summary>
public enum CasePriority
{
    Normal = 0,
    High = 1,
    Urgent = 2,
}

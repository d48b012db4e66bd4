using KommunHubben.Domain.Cases;

namespace KommunHubben.Domain.Routing;

/// <summary>An open case held by an officer who is away, to be handed to someone else by <see cref="RoutingPolicy.Redistribute"/>.</summary>
public sealed record CaseToRedistribute(Guid CaseId, CaseType Type, string UnitId, CasePriority Priority);

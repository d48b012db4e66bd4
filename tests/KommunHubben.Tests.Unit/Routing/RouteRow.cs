using KommunHubben.Domain.Routing;

namespace KommunHubben.Tests.Unit.Routing;

/// <summary>One row of the routing table: a scenario, its input, and the exact outcome expected.</summary>
public sealed record RouteRow(
    string Scenario,
    CaseToRoute Case,
    OfficerState[] Officers,
    string? Officer,
    string Reason,
    CasePriority Priority = CasePriority.Normal,
    string[]? Rules = null,
    Func<RoutingPolicyOptions>? Options = null)
{
    public override string ToString() => Scenario;
}

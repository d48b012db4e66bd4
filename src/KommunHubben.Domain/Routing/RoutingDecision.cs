namespace KommunHubben.Domain.Routing;

/// <summary>Which officer gets a case and why, in words shown to the officer and the administrator.</summary>
public sealed record RoutingDecision(string OfficerId, string Reason);

namespace KommunHubben.Workflow.Routing;

/// <summary>Routing's endpoint, <c>khub-route-case</c>; a case no officer can take fails into its _error queue for re-drive.</summary>
public sealed class RouteSubmittedCaseConsumerDefinition() : RetryingConsumerDefinition<RouteSubmittedCaseConsumer>("route-case");

namespace KommunHubben.Workflow.Deadlines;

/// <summary>Deadline planning's own endpoint, <c>khub-plan-deadlines</c>, so a slow planner never delays routing.</summary>
public sealed class PlanDeadlinesConsumerDefinition() : RetryingConsumerDefinition<PlanDeadlinesConsumer>("plan-deadlines");

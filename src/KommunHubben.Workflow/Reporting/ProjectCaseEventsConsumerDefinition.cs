namespace KommunHubben.Workflow.Reporting;

/// <summary>The reporting projection's own endpoint, <c>khub-reporting-projection</c>: a slow report never delays
/// routing, and a reporting failure backs up only this queue. Concurrent updates of one case's row conflict on its
/// version and are retried by the shared in-process retry.</summary>
public sealed class ProjectCaseEventsConsumerDefinition() : RetryingConsumerDefinition<ProjectCaseEventsConsumer>("reporting-projection");

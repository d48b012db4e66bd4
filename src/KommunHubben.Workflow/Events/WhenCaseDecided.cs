using KommunHubben.Contracts;
using KommunHubben.Workflow.Notifications;
using KommunHubben.Workflow.Reporting;
using MassTransit;

namespace KommunHubben.Workflow.Events;

/// <summary>What follows <see cref="CaseDecided"/> (the officer decided), in one transaction per batch.</summary>
public sealed class WhenCaseDecided(WorkflowBatch batch, Notices notices, ReportingStep reporting) : IConsumer<Batch<CaseDecided>>
{
    public Task Consume(ConsumeContext<Batch<CaseDecided>> context) =>
        batch.RunAsync(context, nameof(WhenCaseDecided), async (step, decided) =>
        {
            // 1. The decision notice to the contact person (and the lead-time metric, once per case).
            await notices.DecisionAsync(step, decided);
            // 2. The reporting projection.
            await reporting.ProjectAsync(step, decided);
        });
}

using KommunHubben.Contracts;
using KommunHubben.Workflow.Deadlines;
using KommunHubben.Workflow.Notifications;
using KommunHubben.Workflow.Reporting;
using MassTransit;

namespace KommunHubben.Workflow.Events;

/// <summary>What follows <see cref="CaseRouted"/> (routing gave the case to an officer), in one transaction per batch.
/// The AF gateway's intake also takes it, on its own endpoint: it forwards the case to AF.</summary>
public sealed class WhenCaseRouted(WorkflowBatch batch, DeadlinePlanning deadlines, Notices notices, ReportingStep reporting) : IConsumer<Batch<CaseRouted>>
{
    public Task Consume(ConsumeContext<Batch<CaseRouted>> context) =>
        batch.RunAsync(context, nameof(WhenCaseRouted), async (step, routed) =>
        {
            // 1. The first-action and decision deadlines (and their reminders).
            await deadlines.WhenRoutedAsync(step, routed);
            // 2. "New case" to the officer, once per case.
            await notices.NewCaseAsync(step, routed);
            // 3. The reporting projection.
            await reporting.ProjectAsync(step, routed);
        });
}

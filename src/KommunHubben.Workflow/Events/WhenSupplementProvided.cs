using KommunHubben.Contracts;
using KommunHubben.Workflow.Notifications;
using KommunHubben.Workflow.Reporting;
using MassTransit;

namespace KommunHubben.Workflow.Events;

/// <summary>What follows <see cref="SupplementProvided"/> (the contact person answered), in one transaction per batch.
/// The AF gateway's intake also takes it, on its own endpoint: it sends the answer to AF when the case was forwarded.</summary>
public sealed class WhenSupplementProvided(WorkflowBatch batch, Notices notices, ReportingStep reporting) : IConsumer<Batch<SupplementProvided>>
{
    public Task Consume(ConsumeContext<Batch<SupplementProvided>> context) =>
        batch.RunAsync(context, nameof(WhenSupplementProvided), async (step, provided) =>
        {
            // 1. The notice to the officer.
            await notices.SupplementAnsweredAsync(step, provided);
            // 2. The reporting projection.
            await reporting.ProjectAsync(step, provided);
        });
}

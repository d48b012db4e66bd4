using KommunHubben.Contracts;
using KommunHubben.Workflow.Deadlines;
using KommunHubben.Workflow.Notifications;
using KommunHubben.Workflow.Reporting;

namespace KommunHubben.Workflow.Events;

/// <summary>What follows <see cref="SupplementRequested"/> (the officer asked the contact person), in one transaction per batch.</summary>
public sealed class WhenSupplementRequested(DeadlinePlanning deadlines, Notices notices, ReportingStep reporting) : IWorkflowHandler<SupplementRequested>
{
    public async Task ApplyAsync(WorkflowStep step, SupplementRequested requested)
    {
        // 1. The answer deadline of this round.
        await deadlines.WhenSupplementRequestedAsync(step, requested);
        // 2. The notice to the contact person.
        await notices.SupplementRequestedAsync(step, requested);
        // 3. The reporting projection.
        await reporting.ProjectAsync(step, requested);
    }
}

using KommunHubben.Contracts;
using KommunHubben.Workflow.Notifications;
using KommunHubben.Workflow.Reporting;

namespace KommunHubben.Workflow.Events;

/// <summary>What follows <see cref="SupplementProvided"/> (the contact person answered), in one transaction per batch.
/// The AF gateway's intake also takes it, on its own endpoint: it sends the answer to AF when the case was forwarded.</summary>
public sealed class WhenSupplementProvided(Notices notices, ReportingStep reporting) : IWorkflowHandler<SupplementProvided>
{
    public async Task ApplyAsync(WorkflowStep step, SupplementProvided provided)
    {
        // 1. The notice to the officer.
        await notices.SupplementAnsweredAsync(step, provided);
        // 2. The reporting projection.
        await reporting.ProjectAsync(step, provided);
    }
}

using KommunHubben.Contracts;
using KommunHubben.Workflow.Deadlines;
using KommunHubben.Workflow.Notifications;
using KommunHubben.Workflow.Reporting;

namespace KommunHubben.Workflow.Events;

/// <summary>What follows <see cref="CaseRouted"/> (routing gave the case to an officer), in one transaction per batch.
/// The AF gateway's intake also takes it, on its own endpoint: it forwards the case to AF.</summary>
public sealed class WhenCaseRouted(DeadlinePlanning deadlines, Notices notices, ReportingStep reporting) : IWorkflowHandler<CaseRouted>
{
    public async Task ApplyAsync(WorkflowStep step, CaseRouted routed)
    {
        // 1. The first-action and decision deadlines (and their reminders).
        await deadlines.WhenRoutedAsync(step, routed);
        // 2. "New case" to the officer, once per case.
        await notices.NewCaseAsync(step, routed);
        // 3. The reporting projection.
        await reporting.ProjectAsync(step, routed);
    }
}

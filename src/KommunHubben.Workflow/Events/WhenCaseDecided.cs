using KommunHubben.Contracts;
using KommunHubben.Workflow.Notifications;
using KommunHubben.Workflow.Reporting;

namespace KommunHubben.Workflow.Events;

/// <summary>What follows <see cref="CaseDecided"/> (the officer decided), in one transaction per batch.</summary>
public sealed class WhenCaseDecided(Notices notices, ReportingStep reporting) : IWorkflowHandler<CaseDecided>
{
    public async Task ApplyAsync(WorkflowStep step, CaseDecided decided)
    {
        // 1. The decision notice to the contact person (and the lead-time metric, once per case).
        await notices.DecisionAsync(step, decided);
        // 2. The reporting projection.
        await reporting.ProjectAsync(step, decided);
    }
}

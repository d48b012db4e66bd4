using KommunHubben.Contracts;
using KommunHubben.Workflow.Deadlines;
using KommunHubben.Workflow.Reporting;

namespace KommunHubben.Workflow.Events;

/// <summary>What follows <see cref="CaseClosed"/> (the officer closed the case), in one transaction per batch.</summary>
public sealed class WhenCaseClosed(DeadlinePlanning deadlines, ReportingStep reporting) : IWorkflowHandler<CaseClosed>
{
    public async Task ApplyAsync(WorkflowStep step, CaseClosed closed)
    {
        // 1. The follow-up deadlines at 3 and 6 months, by the closure reason.
        await deadlines.WhenClosedAsync(step, closed);
        // 2. The reporting projection.
        await reporting.ProjectAsync(step, closed);
    }
}

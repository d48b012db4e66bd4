using KommunHubben.Contracts;
using KommunHubben.Workflow.Reporting;
using KommunHubben.Workflow.Routing;

namespace KommunHubben.Workflow.Events;

/// <summary>What follows <see cref="CaseSubmitted"/> (a contact person sent a case), in one transaction per batch, on
/// <c>khub-route-case</c>.</summary>
public sealed class WhenCaseSubmitted(CaseRouter router, ReportingStep reporting) : IWorkflowHandler<CaseSubmitted>
{
    public async Task ApplyAsync(WorkflowStep step, CaseSubmitted submitted)
    {
        // 1. Routing picks the officer (Domain/Routing/RoutingPolicy.cs); the case becomes Routed and CaseRouted leaves.
        await router.RouteAsync(step, submitted);
        // 2. The reporting projection counts the submission.
        await reporting.ProjectAsync(step, submitted);
    }
}

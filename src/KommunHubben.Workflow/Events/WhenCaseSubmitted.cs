using KommunHubben.Contracts;
using KommunHubben.Workflow.Reporting;
using KommunHubben.Workflow.Routing;
using MassTransit;

namespace KommunHubben.Workflow.Events;

/// <summary>What follows <see cref="CaseSubmitted"/> (a contact person sent a case), in one transaction per batch, on
/// <c>khub-route-case</c>.</summary>
public sealed class WhenCaseSubmitted(WorkflowBatch batch, CaseRouter router, ReportingStep reporting) : IConsumer<Batch<CaseSubmitted>>
{
    public Task Consume(ConsumeContext<Batch<CaseSubmitted>> context) =>
        batch.RunAsync(context, nameof(WhenCaseSubmitted), async (step, submitted) =>
        {
            // 1. Routing picks the officer (Domain/Routing/RoutingPolicy.cs); the case becomes Routed and CaseRouted leaves.
            await router.RouteAsync(step, submitted);
            // 2. The reporting projection counts the submission.
            await reporting.ProjectAsync(step, submitted);
        });
}

using KommunHubben.Workflow.Reporting;

namespace KommunHubben.Workflow.Events;

/// <summary>
/// What follows the events only the coordinators' figures need — <c>CaseClaimed</c>, <c>CaseHandedOver</c>,
/// <c>CaseRejected</c>, <c>CaseWithdrawn</c>, <c>CaseStopped</c>, <c>DeadlineBreached</c>, <c>FollowUpRecorded</c>,
/// <c>SubmissionRefused</c> (<see cref="WorkflowEvents.ReportedOnly"/>): the reporting projection, in one transaction
/// per batch. (Their notices, where people wait for one, are written where they happen.)
/// </summary>
public sealed class WhenCaseReported<T>(ReportingStep reporting) : IWorkflowHandler<T> where T : class
{
    public Task ApplyAsync(WorkflowStep step, T message) => reporting.ProjectAsync(step, message);
}

using KommunHubben.Reporting.Projection;
using KommunHubben.Workflow.Events;
using Microsoft.Extensions.Logging;

namespace KommunHubben.Workflow.Reporting;

/// <summary>
/// Feeds the coordinators' reporting projection in the handler's transaction: the event is appended to the reporting
/// history (keyed by its message id) and folded into the reporting tables. An event the history already has — from
/// a rebuild, or handled before an upgrade by the projection's former endpoint — changes nothing twice.
/// </summary>
public sealed class ReportingStep(ILogger<ReportingStep> log)
{
    /// <summary>The batch as the reporting sees it: the messages its history already had, and the projector holding
    /// the batch's reporting rows.</summary>
    private sealed record BatchProjection(IReadOnlySet<Guid> AlreadyProjected, CaseEventProjector Projector);

    public async Task ProjectAsync<T>(WorkflowStep step, T message) where T : class
    {
        // The case's row lock first: a case's reporting row is then changed by one transaction at a time, in the
        // order every transaction takes its cases, instead of failing on its version and being retried.
        await step.LockCasesAsync();
        var batch = await step.SharedAsync(async () =>
        {
            var events = step.Messages.Where(m => CaseEventProjector.Projected.Contains(m.Message.GetType())).ToList();
            var (already, projector) = await ReportingProjectionWriter.AppendBatchAsync(step.Db, events, step.CaseIds.ToList(), step.Now, step.CancellationToken);
            return new BatchProjection(already, projector);
        });
        if (batch.AlreadyProjected.Contains(step.MessageId))
        {
            log.LogInformation("Reporting already has message {MessageId}; skipped", step.MessageId);
            return;
        }
        await batch.Projector.ApplyAsync(step.MessageId, message, step.CancellationToken);
    }
}

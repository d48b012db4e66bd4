using KommunHubben.Reporting.Projection;
using KommunHubben.Workflow.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KommunHubben.Workflow.Reporting;

/// <summary>
/// Feeds the coordinators' reporting projection in the handler's transaction: the event is appended to the reporting
/// history (keyed by its message id) and folded into the reporting tables. An event the history already has — from
/// a rebuild, or handled before an upgrade by the projection's former endpoint — changes nothing twice.
/// </summary>
public sealed class ReportingStep(ILogger<ReportingStep> log)
{
    /// <summary>The transaction's messages the reporting history already has: one look for the whole batch.</summary>
    private sealed record AlreadyProjected(HashSet<Guid> MessageIds);

    public async Task ProjectAsync<T>(WorkflowStep step, T message) where T : class
    {
        var already = await step.SharedAsync(async () =>
        {
            var ids = step.MessageIds.ToArray();
            return new AlreadyProjected(await step.Db.ReportingEvents.AsNoTracking()
                .Where(e => ids.Contains(e.MessageId)).Select(e => e.MessageId).ToHashSetAsync(step.CancellationToken));
        });
        if (already.MessageIds.Contains(step.MessageId))
        {
            log.LogInformation("Reporting already has message {MessageId}; skipped", step.MessageId);
            return;
        }
        // The case's row lock first: a case's reporting row is then changed by one transaction at a time, in the
        // order every transaction takes its cases, instead of failing on its version and being retried.
        if (CaseKey<T>.Of(message) is { } caseId) await step.LockCaseAsync(caseId);
        await ReportingProjectionWriter.AppendAndApplyAsync(step.Db, step.MessageId, message, step.Now, step.CancellationToken);
    }
}

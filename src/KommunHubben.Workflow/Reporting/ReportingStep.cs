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
    public async Task ProjectAsync<T>(WorkflowStep step, T message) where T : class
    {
        if (await step.Db.ReportingEvents.AnyAsync(e => e.MessageId == step.MessageId, step.CancellationToken))
        {
            log.LogInformation("Reporting already has message {MessageId}; skipped", step.MessageId);
            return;
        }
        await ReportingProjectionWriter.AppendAndApplyAsync(step.Db, step.MessageId, message, step.Now, step.CancellationToken);
    }
}

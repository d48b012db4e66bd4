using KommunHubben.Contracts;
using KommunHubben.Reporting.Projection;
using MassTransit;

namespace KommunHubben.Workflow.Reporting;

/// <summary>
/// Feeds the coordinators' reporting projection: every case event is appended to the reporting history and folded into
/// the reporting tables in one transaction, keyed by its message id (a redelivered event changes nothing twice).
/// </summary>
public sealed class ProjectCaseEventsConsumer(ReportingInbox inbox) :
    IConsumer<CaseSubmitted>, IConsumer<CaseRouted>, IConsumer<CaseClaimed>, IConsumer<CaseHandedOver>,
    IConsumer<SupplementRequested>, IConsumer<SupplementProvided>, IConsumer<CaseDecided>, IConsumer<CaseClosed>,
    IConsumer<CaseRejected>, IConsumer<CaseWithdrawn>, IConsumer<CaseStopped>, IConsumer<DeadlineBreached>,
    IConsumer<FollowUpRecorded>, IConsumer<SubmissionRefused>
{
    public Task Consume(ConsumeContext<CaseSubmitted> context) => Project(context);
    public Task Consume(ConsumeContext<CaseRouted> context) => Project(context);
    public Task Consume(ConsumeContext<CaseClaimed> context) => Project(context);
    public Task Consume(ConsumeContext<CaseHandedOver> context) => Project(context);
    public Task Consume(ConsumeContext<SupplementRequested> context) => Project(context);
    public Task Consume(ConsumeContext<SupplementProvided> context) => Project(context);
    public Task Consume(ConsumeContext<CaseDecided> context) => Project(context);
    public Task Consume(ConsumeContext<CaseClosed> context) => Project(context);
    public Task Consume(ConsumeContext<CaseRejected> context) => Project(context);
    public Task Consume(ConsumeContext<CaseWithdrawn> context) => Project(context);
    public Task Consume(ConsumeContext<CaseStopped> context) => Project(context);
    public Task Consume(ConsumeContext<DeadlineBreached> context) => Project(context);
    public Task Consume(ConsumeContext<FollowUpRecorded> context) => Project(context);
    public Task Consume(ConsumeContext<SubmissionRefused> context) => Project(context);

    private Task Project<T>(ConsumeContext<T> context) where T : class =>
        inbox.ProjectOnceAsync(
            context.MessageId ?? throw new InvalidOperationException("A message without a message id cannot be de-duplicated."),
            context.Message, context.CancellationToken);
}

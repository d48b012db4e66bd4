using MassTransit;

namespace KommunHubben.Workflow.Events;

/// <summary>
/// The bus's consumer of a workflow event: hands the message to its handler's queue and finishes when the message's
/// effects are committed (the broker is then told it was consumed) or have failed for good (MassTransit then moves
/// this message, alone, to the endpoint's <c>_error</c> queue).
/// </summary>
public sealed class WorkflowConsumer<THandler, T>(WorkflowQueue<THandler, T> queue) : IConsumer<T>
    where THandler : class, IWorkflowHandler<T>
    where T : class
{
    public Task Consume(ConsumeContext<T> context) => queue.HandleAsync(context);
}

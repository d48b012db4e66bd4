using MassTransit;

namespace KommunHubben.Workflow.Events;

/// <summary>
/// Where a workflow handler listens (<see cref="WorkflowEvents.EndpointOf"/>). Retries are the handler's own
/// (<see cref="WorkflowBatch"/>): a failed batch is retried one message at a time, so MassTransit's retry filter is
/// not used here. How many messages the endpoint holds at once is set with every batched endpoint
/// (<c>BatchSettings.EndpointMessageLimit</c>).
/// </summary>
public sealed class WorkflowEventDefinition<TConsumer> : ConsumerDefinition<TConsumer> where TConsumer : class, IConsumer
{
    public WorkflowEventDefinition() =>
        EndpointName = WorkflowEvents.EndpointOf(typeof(TConsumer).GetGenericArguments()[0]);
}

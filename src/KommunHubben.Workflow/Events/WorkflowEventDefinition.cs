using KommunHubben.Messaging.Bus;
using MassTransit;
using Microsoft.Extensions.Options;

namespace KommunHubben.Workflow.Events;

/// <summary>
/// Where a workflow handler listens and how it batches (<c>Hub:Messaging:Batch</c>): routing on
/// <c>khub-route-case</c>, every other case event on <c>khub-workflow</c>. Retries are the handler's own
/// (<see cref="WorkflowBatch"/>): a failed batch is retried one message at a time, so MassTransit's retry filter is
/// not used here — it would retry the whole batch.
/// </summary>
public sealed class WorkflowEventDefinition<TConsumer> : ConsumerDefinition<TConsumer> where TConsumer : class, IConsumer
{
    private readonly BatchSettings _batch;
    private readonly string _endpoint;

    public WorkflowEventDefinition(IOptions<TransportOptions> transport)
    {
        _batch = transport.Value.Batch;
        EndpointName = _endpoint = typeof(TConsumer) == typeof(WhenCaseSubmitted) ? KnownEndpoints.RouteCase : KnownEndpoints.Workflow;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpoint, IConsumerConfigurator<TConsumer> consumer, IRegistrationContext context)
    {
        consumer.Options<BatchOptions>(o => o
            .SetMessageLimit(_batch.MessageLimit)
            .SetTimeLimit(TimeSpan.FromMilliseconds(_batch.TimeLimitMilliseconds))
            .SetConcurrencyLimit(_batch.ConcurrencyLimitOf(_endpoint)));
    }
}

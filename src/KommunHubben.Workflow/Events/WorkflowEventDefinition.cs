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

    public WorkflowEventDefinition(IOptions<TransportOptions> transport)
    {
        _batch = transport.Value.Batch;
        EndpointName = typeof(TConsumer) == typeof(WhenCaseSubmitted) ? KnownEndpoints.RouteCase : KnownEndpoints.Workflow;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpoint, IConsumerConfigurator<TConsumer> consumer, IRegistrationContext context)
    {
        var concurrency = typeof(TConsumer) == typeof(WhenCaseSubmitted) ? _batch.RoutingConcurrencyLimit : _batch.ConcurrencyLimit;
        consumer.Options<BatchOptions>(o => o
            .SetMessageLimit(_batch.MessageLimit)
            .SetTimeLimit(TimeSpan.FromMilliseconds(_batch.TimeLimitMilliseconds))
            .SetConcurrencyLimit(concurrency));
    }
}

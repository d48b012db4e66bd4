using KommunHubben.Messaging.Bus;
using MassTransit;

namespace KommunHubben.Workflow;

/// <summary>
/// The endpoint policy every workflow consumer shares: its own queue in the khub- convention, and in-process retry
/// intervals. Retries stay in-process because the Debian broker has no delayed-exchange plugin; they cover database
/// hiccups and the inbox race between two copies of one message. What still fails goes to the endpoint's _error queue.
/// A consumer with different needs overrides <see cref="ConfigureConsumer"/> in its own definition.
/// </summary>
public abstract class RetryingConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer> where TConsumer : class, IConsumer
{
    protected RetryingConsumerDefinition(string queue)
    {
        EndpointName = EndpointConventions.Queue(queue);
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpoint, IConsumerConfigurator<TConsumer> consumer, IRegistrationContext context)
    {
        endpoint.UseMessageRetry(r => r.Intervals(50, 200, 500, 1000, 2000, 5000));
    }
}

using KommunHubben.Messaging.Bus;
using MassTransit;

namespace KommunHubben.Workflow.Routing;

/// <summary>
/// Endpoint policy for routing, beside the consumer it governs. Retries are in-process intervals: the Debian
/// broker has no delayed-exchange plugin, so broker-side delayed redelivery is not an option. The retries cover
/// database hiccups and the inbox race between two copies of one message; what still fails goes to the
/// endpoint's _error queue for an administrator.
/// </summary>
public sealed class RouteSubmittedCaseConsumerDefinition : ConsumerDefinition<RouteSubmittedCaseConsumer>
{
    public RouteSubmittedCaseConsumerDefinition()
    {
        EndpointName = EndpointConventions.Queue("route-case");
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpoint,
        IConsumerConfigurator<RouteSubmittedCaseConsumer> consumer,
        IRegistrationContext context)
    {
        endpoint.UseMessageRetry(r => r.Intervals(50, 200, 500, 1000, 2000, 5000));
    }
}

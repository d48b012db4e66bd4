using KommunHubben.Messaging.Bus;
using MassTransit;

namespace KommunHubben.Workflow.Notifications;

/// <summary>Its own queue: notifications may lag under load without holding up routing or deadlines.</summary>
public sealed class NotifyPeopleConsumerDefinition : ConsumerDefinition<NotifyPeopleConsumer>
{
    public NotifyPeopleConsumerDefinition()
    {
        EndpointName = EndpointConventions.Queue("notify-people");
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpoint, IConsumerConfigurator<NotifyPeopleConsumer> consumer, IRegistrationContext context)
    {
        endpoint.UseMessageRetry(r => r.Intervals(50, 200, 500, 1000, 2000, 5000));
    }
}

using KommunHubben.Messaging.Bus;
using MassTransit;

namespace KommunHubben.Workflow.Deadlines;

/// <summary>Endpoint policy for deadline planning: its own queue, so a slow planner never delays routing.</summary>
public sealed class PlanDeadlinesConsumerDefinition : ConsumerDefinition<PlanDeadlinesConsumer>
{
    public PlanDeadlinesConsumerDefinition()
    {
        EndpointName = EndpointConventions.Queue("plan-deadlines");
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpoint, IConsumerConfigurator<PlanDeadlinesConsumer> consumer, IRegistrationContext context)
    {
        endpoint.UseMessageRetry(r => r.Intervals(50, 200, 500, 1000, 2000, 5000));
    }
}

using KommunHubben.Gateway.Af;
using KommunHubben.Gateway.Options;
using KommunHubben.Messaging.Bus;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KommunHubben.Gateway.Forwarding;

/// <summary>
/// Endpoint policy of every consumer that calls AF: one queue, <c>khub-af-gateway</c>, so an AF outage backs up only
/// it. The retry is set per consumer (several consumers share the endpoint; an endpoint-level retry per consumer
/// would multiply). Redelivery intervals come from <see cref="AfRedeliveryOptions"/>; a permanent refusal by AF
/// (4xx) is not redelivered. Together with the Polly pipeline this bounds one message's hold time (see
/// <see cref="AfGatewayOptions"/>).
/// </summary>
public abstract class AfGatewayEndpointDefinition<TConsumer> : ConsumerDefinition<TConsumer> where TConsumer : class, IConsumer
{
    protected AfGatewayEndpointDefinition()
    {
        EndpointName = KnownEndpoints.AfGateway;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpoint, IConsumerConfigurator<TConsumer> consumer, IRegistrationContext context)
    {
        var intervals = context.GetRequiredService<IOptions<AfGatewayOptions>>().Value.Redelivery.EffectiveIntervals.ToArray();
        consumer.UseMessageRetry(r =>
        {
            r.Ignore<AfCallFailedException>(e => e.Permanent);
            r.Intervals(intervals);
        });
    }
}

public sealed class ForwardCaseToAfConsumerDefinition : AfGatewayEndpointDefinition<ForwardCaseToAfConsumer>;

public sealed class SendSupplementToAfConsumerDefinition : AfGatewayEndpointDefinition<SendSupplementToAfConsumer>;

public sealed class AcknowledgeAfStatusConsumerDefinition : AfGatewayEndpointDefinition<AcknowledgeAfStatusConsumer>;

/// <summary>The intake's endpoint, <c>khub-af-gateway-intake</c>: database work only, short in-process retries like the workflow's.</summary>
public sealed class AfIntakeConsumerDefinition : ConsumerDefinition<AfIntakeConsumer>
{
    public AfIntakeConsumerDefinition()
    {
        EndpointName = KnownEndpoints.AfGatewayIntake;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpoint, IConsumerConfigurator<AfIntakeConsumer> consumer, IRegistrationContext context)
    {
        endpoint.UseMessageRetry(r => r.Intervals(50, 200, 500, 1000, 2000, 5000));
    }
}

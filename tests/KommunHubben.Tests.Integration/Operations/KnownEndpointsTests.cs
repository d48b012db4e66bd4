using System.Reflection;
using KommunHubben.Messaging.Bus;
using KommunHubben.Workflow;
using KommunHubben.Workflow.Events;
using Microsoft.Extensions.Options;
using MassTransit;

namespace KommunHubben.Tests.Integration.Operations;

/// <summary>The dead-letter tools find error queues from <see cref="KnownEndpoints"/>; it must name exactly the endpoints the consumers use.</summary>
public sealed class KnownEndpointsTests
{
    [Fact]
    public void The_known_endpoints_are_exactly_the_endpoints_the_workflow_consumers_are_defined_on()
    {
        var defined = new[] { typeof(WorkflowServices).Assembly, typeof(KommunHubben.Gateway.GatewayServices).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false, IsClass: true, IsGenericTypeDefinition: false } && typeof(IConsumerDefinition).IsAssignableFrom(t))
            .Select(t => (IConsumerDefinition)Activator.CreateInstance(t)!)
            // The workflow handlers share one generic definition, which names the endpoint by the handler.
            .Concat(WorkflowEvents.Handlers.Select(h => (IConsumerDefinition)Activator.CreateInstance(
                typeof(WorkflowEventDefinition<>).MakeGenericType(h), Options.Create(new TransportOptions()))!))
            .Select(d => d.GetEndpointName(EndpointConventions.Formatter))
            .Distinct()
            .Order()
            .ToList();

        Assert.NotEmpty(defined);
        Assert.Equal(defined, KnownEndpoints.All.Order().ToList());
        Assert.Equal(KnownEndpoints.All.Count + 1, KnownEndpoints.DeadLetterQueues.Count);
        Assert.Contains(EndpointConventions.DeadLetters, KnownEndpoints.DeadLetterQueues);
    }
}

using System.Reflection;
using KommunHubben.Messaging.Bus;
using KommunHubben.Workflow;
using KommunHubben.Workflow.Events;
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
            // The workflow handlers' consumers share one generic definition, which names the endpoint by the handler.
            .Concat(WorkflowEvents.Handlers.Select(h => (IConsumerDefinition)Activator.CreateInstance(typeof(WorkflowEventDefinition<>)
                .MakeGenericType(typeof(WorkflowConsumer<,>).MakeGenericType(h, WorkflowHandlerName.EventOf(h))))!))
            .Select(d => d.GetEndpointName(EndpointConventions.Formatter))
            .Distinct()
            .Order()
            .ToList();

        Assert.NotEmpty(defined);
        Assert.Equal(defined, KnownEndpoints.All.Order().ToList());
        Assert.Equal(KnownEndpoints.All.Count + 1, KnownEndpoints.DeadLetterQueues.Count);
        Assert.Contains(EndpointConventions.DeadLetters, KnownEndpoints.DeadLetterQueues);
    }

    /// <summary>Every event a workflow handler takes must be published with the mandatory flag, or a fresh broker
    /// drops it until the worker has declared its queue (the generic handler of the reported-only events included).</summary>
    [Fact]
    public void Every_event_a_workflow_handler_takes_is_published_as_one_that_must_reach_a_queue()
    {
        var routed = KommunHubben.Hosting.HubTopology.ConsumedMessageTypes();
        foreach (var handler in WorkflowEvents.Handlers)
        {
            var message = WorkflowHandlerName.EventOf(handler);
            Assert.True(routed.MustBeRouted(message.Name), $"{handler.Name} takes an event the relay would publish without mandatory");
        }
        Assert.True(routed.MustBeRouted("CaseClaimed"));
        Assert.False(routed.MustBeRouted("CaseForwardedToAf")); // informational: nobody takes it
    }
}

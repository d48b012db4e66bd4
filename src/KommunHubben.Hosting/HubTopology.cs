using KommunHubben.Contracts;
using KommunHubben.Gateway;
using KommunHubben.Messaging.Outbox;
using KommunHubben.Workflow;
using KommunHubben.Workflow.Events;
using MassTransit;

namespace KommunHubben.Hosting;

/// <summary>
/// What the hub's endpoints consume, read from the consumers and workflow handlers themselves (workflow and AF
/// gateway), the same in every process whichever consumers it runs: the API, which runs none, still knows which of its
/// messages must reach a queue.
/// </summary>
public static class HubTopology
{
    public static RoutedMessageTypes ConsumedMessageTypes() => new(
        new[] { typeof(WorkflowServices).Assembly, typeof(GatewayServices).Assembly }
            .SelectMany(a => a.GetTypes())
            // The generic handler of the reported-only events counts once per event it is closed over.
            .Concat(WorkflowEvents.Handlers)
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false })
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(IConsumer<>) || i.GetGenericTypeDefinition() == typeof(IWorkflowHandler<>)))
            .Select(i => i.GetGenericArguments()[0])
            .Where(m => m.Namespace == typeof(CaseSubmitted).Namespace)
            .Select(m => m.Name)
            .Distinct());
}

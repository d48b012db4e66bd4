using KommunHubben.Contracts;
using KommunHubben.Messaging.Bus;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace KommunHubben.Workflow.Events;

/// <summary>
/// Every workflow handler: one per event type, each listing in its own file what follows its event, in order
/// (docs/workflow.md tells the same story across processes).
/// </summary>
public static class WorkflowEvents
{
    /// <summary>The events whose only effect is the reporting projection.</summary>
    public static IReadOnlyList<Type> ReportedOnly { get; } =
    [
        typeof(CaseClaimed), typeof(CaseHandedOver), typeof(CaseRejected), typeof(CaseWithdrawn), typeof(CaseStopped),
        typeof(DeadlineBreached), typeof(FollowUpRecorded), typeof(SubmissionRefused),
    ];

    /// <summary>The handlers, in the order of a case's life.</summary>
    public static IReadOnlyList<Type> Handlers { get; } =
    [
        typeof(WhenCaseSubmitted), typeof(WhenCaseRouted), typeof(WhenSupplementRequested), typeof(WhenSupplementProvided),
        typeof(WhenCaseDecided), typeof(WhenCaseClosed),
        .. ReportedOnly.Select(e => typeof(WhenCaseReported<>).MakeGenericType(e)),
    ];

    /// <summary>Routing listens on <c>khub-route-case</c>, every other handler on <c>khub-workflow</c>.</summary>
    public static string EndpointOf(Type handler) => handler == typeof(WhenCaseSubmitted) ? KnownEndpoints.RouteCase : KnownEndpoints.Workflow;

    /// <summary>Each handler (scoped: one per batch), its queue (one per process) and the bus's consumer of its event.</summary>
    public static void AddHandlers(IBusRegistrationConfigurator bus)
    {
        foreach (var handler in Handlers)
        {
            var message = WorkflowHandlerName.EventOf(handler);
            bus.AddScoped(handler);
            bus.AddSingleton(typeof(WorkflowQueue<,>).MakeGenericType(handler, message));
            var consumer = typeof(WorkflowConsumer<,>).MakeGenericType(handler, message);
            bus.AddConsumer(consumer, typeof(WorkflowEventDefinition<>).MakeGenericType(consumer));
        }
    }
}

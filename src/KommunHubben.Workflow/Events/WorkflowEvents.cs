using KommunHubben.Contracts;
using MassTransit;

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

    public static void AddHandlers(IBusRegistrationConfigurator bus)
    {
        foreach (var handler in Handlers)
            bus.AddConsumer(handler, typeof(WorkflowEventDefinition<>).MakeGenericType(handler));
    }
}

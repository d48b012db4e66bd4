namespace KommunHubben.Workflow.Events;

/// <summary>
/// What follows one event type, in order: the effects of one message inside the transaction of its batch
/// (<see cref="WorkflowBatch"/>). Its messages reach it through <see cref="WorkflowQueue{THandler,T}"/>.
/// </summary>
public interface IWorkflowHandler<in T> where T : class
{
    Task ApplyAsync(WorkflowStep step, T message);
}

/// <summary>The name a handler writes in the inbox with each message it handled.</summary>
public static class WorkflowHandlerName
{
    /// <summary><c>WhenCaseRouted</c> for <see cref="WhenCaseRouted"/>; <c>WhenCaseClaimed</c> for the reporting-only
    /// handler closed over <c>CaseClaimed</c>.</summary>
    public static string Of(Type handler) =>
        handler.IsGenericType && handler.GetGenericTypeDefinition() == typeof(WhenCaseReported<>)
            ? $"When{handler.GetGenericArguments()[0].Name}"
            : handler.Name;

    /// <summary>The event a handler type follows: the T of its <see cref="IWorkflowHandler{T}"/>.</summary>
    public static Type EventOf(Type handler) =>
        handler.GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IWorkflowHandler<>)).GetGenericArguments()[0];
}

namespace KommunHubben.Workflow.Events;

/// <summary>The case an event is about (its <c>CaseId</c>), or null for an event about no case (a refused submission).</summary>
public static class CaseKey<T>
{
    private static readonly System.Reflection.PropertyInfo? Property = typeof(T).GetProperty("CaseId", typeof(Guid));

    public static Guid? Of(T message) => Property?.GetValue(message) as Guid?;
}

namespace KommunHubben.Domain.Cases;

/// <summary>An action was attempted that the lifecycle does not allow from the case's current status.</summary>
public sealed class IllegalTransitionException(CaseStatus from, CaseAction action, string message)
    : InvalidOperationException(message)
{
    public CaseStatus From { get; } = from;
    public CaseAction Action { get; } = action;
}

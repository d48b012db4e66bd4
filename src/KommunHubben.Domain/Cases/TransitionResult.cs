namespace KommunHubben.Domain.Cases;

/// <summary>The answer of <see cref="CaseLifecycle.Apply"/>: the new status, or the reason the action is refused.</summary>
public sealed record TransitionResult(CaseStatus From, CaseAction Action, CaseStatus? To, string? Error)
{
    public bool IsAllowed => To is not null;

    public static TransitionResult Allowed(CaseStatus from, CaseAction action, CaseStatus to) => new(from, action, to, null);

    public static TransitionResult Refused(CaseStatus from, CaseAction action, string error) => new(from, action, null, error);

    /// <summary>The new status; throws <see cref="IllegalTransitionException"/> when the action was refused.</summary>
    public CaseStatus OrThrow() => To ?? throw new IllegalTransitionException(From, Action, Error!);
}

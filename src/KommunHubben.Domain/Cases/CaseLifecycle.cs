namespace KommunHubben.Domain.Cases;

/// <summary>
/// The case lifecycle, declared in one place as an explicit transition table:
/// Submitted → Routed → Claimed → AwaitingSupplement ⇄ Claimed → Decided → Closed, plus Rejected, Withdrawn and
/// Stopped (consent withdrawn); a claimed case can be handed over or released back to Routed.
/// Every (status, action) pair not listed here is illegal and refused with a clear error.
/// </summary>
public static class CaseLifecycle
{
    private static readonly IReadOnlyDictionary<(CaseStatus From, CaseAction Action), CaseStatus> Transitions =
        new Dictionary<(CaseStatus, CaseAction), CaseStatus>
        {
            [(CaseStatus.Submitted, CaseAction.Route)] = CaseStatus.Routed,
            [(CaseStatus.Submitted, CaseAction.Withdraw)] = CaseStatus.Withdrawn,

            [(CaseStatus.Routed, CaseAction.Claim)] = CaseStatus.Claimed,
            [(CaseStatus.Routed, CaseAction.Reject)] = CaseStatus.Rejected,
            [(CaseStatus.Routed, CaseAction.Withdraw)] = CaseStatus.Withdrawn,

            [(CaseStatus.Claimed, CaseAction.RequestSupplement)] = CaseStatus.AwaitingSupplement,
            [(CaseStatus.Claimed, CaseAction.Decide)] = CaseStatus.Decided,
            [(CaseStatus.Claimed, CaseAction.Reject)] = CaseStatus.Rejected,
            [(CaseStatus.Claimed, CaseAction.Withdraw)] = CaseStatus.Withdrawn,
            [(CaseStatus.Claimed, CaseAction.HandOver)] = CaseStatus.Routed,
            [(CaseStatus.Claimed, CaseAction.Release)] = CaseStatus.Routed,

            [(CaseStatus.AwaitingSupplement, CaseAction.ProvideSupplement)] = CaseStatus.Claimed,
            [(CaseStatus.AwaitingSupplement, CaseAction.Withdraw)] = CaseStatus.Withdrawn,

            [(CaseStatus.Decided, CaseAction.Close)] = CaseStatus.Closed,

            // Withdrawn consent stops every case that is not finished, wherever it is.
            [(CaseStatus.Submitted, CaseAction.Stop)] = CaseStatus.Stopped,
            [(CaseStatus.Routed, CaseAction.Stop)] = CaseStatus.Stopped,
            [(CaseStatus.Claimed, CaseAction.Stop)] = CaseStatus.Stopped,
            [(CaseStatus.AwaitingSupplement, CaseAction.Stop)] = CaseStatus.Stopped,
            [(CaseStatus.Decided, CaseAction.Stop)] = CaseStatus.Stopped,
        };

    /// <summary>The status of a case just submitted (the <see cref="CaseAction.Submit"/> step).</summary>
    public const CaseStatus InitialStatus = CaseStatus.Submitted;

    /// <summary>Statuses from which no action leads anywhere.</summary>
    public static bool IsTerminal(CaseStatus status) =>
        status is CaseStatus.Closed or CaseStatus.Rejected or CaseStatus.Withdrawn or CaseStatus.Stopped;

    /// <summary>Statuses that count as "open" work in an officer's queue.</summary>
    public static bool IsOpenInQueue(CaseStatus status) =>
        status is CaseStatus.Routed or CaseStatus.Claimed or CaseStatus.AwaitingSupplement or CaseStatus.Decided;

    public static IReadOnlyCollection<CaseStatus> OpenInQueueStatuses { get; } =
        Enum.GetValues<CaseStatus>().Where(IsOpenInQueue).ToArray();

    public static bool CanApply(CaseStatus from, CaseAction action) => Transitions.ContainsKey((from, action));

    /// <summary>The status after <paramref name="action"/>, or an error saying why the action is not allowed.</summary>
    public static TransitionResult Apply(CaseStatus from, CaseAction action) =>
        Transitions.TryGetValue((from, action), out var to)
            ? TransitionResult.Allowed(from, action, to)
            : TransitionResult.Refused(from, action, Explain(from, action));

    /// <summary>The actions allowed from a status, for showing the user what they can do next.</summary>
    public static IReadOnlyList<CaseAction> AllowedActions(CaseStatus from) =>
        Transitions.Keys.Where(k => k.From == from).Select(k => k.Action).ToArray();

    private static string Explain(CaseStatus from, CaseAction action)
    {
        if (action == CaseAction.Submit)
            return "Cannot submit a case that already exists; submit a new case instead.";
        if (IsTerminal(from))
            return $"Cannot {Describe(action)}: the case is {from} and nothing more can happen to it.";
        var allowed = AllowedActions(from);
        return $"Cannot {Describe(action)} a case that is {from}; allowed now: {string.Join(", ", allowed)}.";
    }

    private static string Describe(CaseAction action) => action switch
    {
        CaseAction.Submit => "submit",
        CaseAction.Route => "route",
        CaseAction.Claim => "claim",
        CaseAction.RequestSupplement => "request a supplement for",
        CaseAction.ProvideSupplement => "provide a supplement for",
        CaseAction.Decide => "decide",
        CaseAction.Close => "close",
        CaseAction.Reject => "reject",
        CaseAction.Withdraw => "withdraw",
        CaseAction.Stop => "stop",
        CaseAction.HandOver => "hand over",
        CaseAction.Release => "release",
        _ => action.ToString(),
    };
}

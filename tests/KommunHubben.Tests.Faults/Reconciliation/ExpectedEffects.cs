using KommunHubben.Domain.Calendar;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Deadlines;

namespace KommunHubben.Tests.Faults.Reconciliation;

/// <summary>
/// What the hub must have done, exactly once each, for a case the driver took through the lifecycle (or, for a
/// submission whose answer was lost, only as far as routing): its history steps, the events in the outbox (all
/// published), the consumers that handled each event, the notifications, and the deadlines each step plans.
/// </summary>
public static class ExpectedEffects
{
    /// <summary>Which consumer must have handled each event (the workflow's endpoints, by consumer name in the inbox).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> ConsumersOf = new Dictionary<string, string[]>
    {
        ["CaseSubmitted"] = ["RouteSubmittedCaseConsumer"],
        ["CaseRouted"] = ["PlanDeadlinesConsumer", "NotifyPeopleConsumer"],
        ["CaseClaimed"] = [],
        ["SupplementRequested"] = ["PlanDeadlinesConsumer", "NotifyPeopleConsumer"],
        ["SupplementProvided"] = ["NotifyPeopleConsumer"],
        ["CaseDecided"] = ["NotifyPeopleConsumer"],
        ["CaseClosed"] = ["PlanDeadlinesConsumer"],
    };

    // Only kinds and counts are compared, not due times, so the default service levels describe the hosts' plan.
    private static readonly DeadlinePlanner Planner = new(new SlaOptions(), new WorkingDayCalendar(new WorkingDayCalendarOptions()));

    public static Dictionary<string, int> History(bool closed, int rounds) => closed
        ? new() { ["Submit"] = 1, ["Route"] = 1, ["Claim"] = 1, ["RequestSupplement"] = rounds, ["ProvideSupplement"] = rounds, ["Decide"] = 1, ["Close"] = 1 }
        : new() { ["Submit"] = 1, ["Route"] = 1 };

    public static Dictionary<string, int> Events(bool closed, int rounds) => closed
        ? new()
        {
            ["CaseSubmitted"] = 1, ["CaseRouted"] = 1, ["CaseClaimed"] = 1, ["SupplementRequested"] = rounds, ["SupplementProvided"] = rounds,
            ["CaseDecided"] = 1, ["CaseClosed"] = 1,
        }
        : new() { ["CaseSubmitted"] = 1, ["CaseRouted"] = 1 };

    public static Dictionary<string, int> Notifications(bool closed, int rounds) => closed
        ? new() { ["NewCase"] = 1, ["SupplementRequested"] = rounds, ["SupplementAnswered"] = rounds, ["CaseDecided"] = 1 }
        : new() { ["NewCase"] = 1 };

    /// <summary>Deadline keys (kind, reminder, anchoring request step) the routing, each supplement request and the
    /// closure to work must have planned.</summary>
    public static Dictionary<(string Kind, bool IsReminder, long? Anchor), int> Deadlines(bool closed, DateTime submittedAt, IEnumerable<long> supplementRequests)
    {
        var keys = new List<(string, bool, long?)>();
        keys.AddRange(Planner.WhenRouted(CaseType.GeneralQuestion, submittedAt).Select(p => (p.Kind.ToString(), p.IsReminder, (long?)null)));
        if (closed)
        {
            foreach (var request in supplementRequests)
                keys.AddRange(Planner.WhenSupplementRequested(submittedAt).Select(p => (p.Kind.ToString(), p.IsReminder, (long?)request)));
            keys.AddRange(Planner.WhenClosed(ClosureReason.Work, submittedAt).Select(p => (p.Kind.ToString(), p.IsReminder, (long?)null)));
        }
        return keys.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
    }
}

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
    /// <summary>Which consumer must have handled each event (the workflow's handler of each event, by its name in the inbox).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> ConsumersOf = new Dictionary<string, string[]>
    {
        ["CaseSubmitted"] = ["WhenCaseSubmitted"],
        ["CaseRouted"] = ["WhenCaseRouted"],
        ["CaseClaimed"] = ["WhenCaseClaimed"],
        ["SupplementRequested"] = ["WhenSupplementRequested"],
        ["SupplementProvided"] = ["WhenSupplementProvided"],
        ["CaseDecided"] = ["WhenCaseDecided"],
        ["CaseClosed"] = ["WhenCaseClosed"],
    };

    /// <summary>What the AF gateway adds when it is attached: its intake takes the routing and each supplement answer,
    /// its endpoint makes the AF call of each command it queued.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> AfGatewayConsumersOf = new Dictionary<string, string[]>
    {
        ["CaseRouted"] = ["AfIntake.CaseRouted"],
        ["SupplementProvided"] = ["AfIntake.SupplementProvided"],
        ["ForwardCaseToAf"] = ["ForwardCaseToAfConsumer"],
        ["SendSupplementToAf"] = ["SendSupplementToAfConsumer"],
    };

    public static IEnumerable<string> Consumers(string messageType, bool afGateway) =>
        ConsumersOf.GetValueOrDefault(messageType, [])
            .Concat(afGateway ? AfGatewayConsumersOf.GetValueOrDefault(messageType, []) : []);

    // Only kinds and counts are compared, not due times, so the default service levels describe the hosts' plan.
    private static readonly DeadlinePlanner Planner = new(new SlaOptions(), new WorkingDayCalendar(new WorkingDayCalendarOptions()));

    public static Dictionary<string, int> History(bool closed, int rounds) => closed
        ? new() { ["Submit"] = 1, ["Route"] = 1, ["Claim"] = 1, ["RequestSupplement"] = rounds, ["ProvideSupplement"] = rounds, ["Decide"] = 1, ["Close"] = 1 }
        : new() { ["Submit"] = 1, ["Route"] = 1 };

    /// <summary>The events and commands in the outbox; with the AF gateway also the forwarding (once per case) and
    /// each supplement answer sent to AF.</summary>
    public static Dictionary<string, int> Events(bool closed, int rounds, bool afGateway)
    {
        var events = Events(closed, rounds);
        if (!afGateway) return events;
        events["ForwardCaseToAf"] = 1;
        events["CaseForwardedToAf"] = 1;
        if (closed)
        {
            events["SendSupplementToAf"] = rounds;
            events["SupplementSentToAf"] = rounds;
        }
        return events;
    }

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

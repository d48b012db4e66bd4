using System.Net;
using KommunHubben.Tests.Faults.Harness;
using KommunHubben.Tests.Faults.Load;

namespace KommunHubben.Tests.Faults.Reconciliation;

/// <summary>
/// After a scenario: checks every case against what the load driver sent. A case is <b>lost</b> when it was accepted
/// (201) but is not in the state the driver left it in, or any effect it must have had is missing (a history step,
/// an event in the outbox or on the broker, a consumer's handling, a notification, a planned deadline). An effect
/// present more often than once is <b>duplicated</b> (two CaseRouted or two Route steps for one case = two queue
/// placements, two decisions, two notifications, deadlines planned twice, a second message id for one event).
/// Submissions whose answer was lost are found by their question text: committed ones must be routed once.
/// </summary>
public sealed class Reconciler(FaultHub hub, LoadDriver driver)
{
    /// <summary>Cases a scenario made by hand (poison, duplicates); it checks those itself.</summary>
    public HashSet<Guid> Excluded { get; } = [];

    /// <summary>Messages a scenario published itself under new ids (not from any outbox row).</summary>
    public HashSet<Guid> InjectedMessages { get; } = [];

    /// <summary>Set when the AF gateway runs: its effects are expected too, and what arrived at the AF simulator is
    /// counted (each case created there once, each supplement answer received once).</summary>
    public KommunHubben.AfSimulator.SimulatorState? AfSide { get; set; }

    public async Task<ScenarioResult> ReconcileAsync(string scenario, DateTime recoveryFrom, TimeSpan settle)
    {
        // The workflow's tail (notifications for decisions, follow-ups for closures) runs after the driver is done:
        // wait until nothing is missing any more, or the settle time is up — then what is still missing is lost.
        var extras = await UnansweredButCommittedAsync();
        var until = DateTime.UtcNow + settle;
        Tally tally;
        while (true)
        {
            tally = Evaluate(await HubSnapshot.ReadAsync(hub.Database), extras, seenOnBroker: null);
            if (tally.Lost == 0 || DateTime.UtcNow > until) break;
            await Task.Delay(500);
        }
        var snapshot = await HubSnapshot.ReadAsync(hub.Database);
        var seen = await hub.Tap.DrainAsync();
        tally = Evaluate(snapshot, extras, seen);

        return new ScenarioResult(scenario, driver.Accepted.Count + extras.Count, tally.AccountedFor, tally.Lost, tally.Duplicated,
            MaxRecovery(snapshot, recoveryFrom, driver.Accepted.Select(c => c.Id).Concat(extras.Keys).ToHashSet()),
            driver.Unanswered.Count, extras.Count, tally.Problems);
    }

    /// <summary>The cases in the database the driver never got an answer for, each matched to one unanswered attempt.</summary>
    private async Task<Dictionary<Guid, UnansweredSubmission>> UnansweredButCommittedAsync()
    {
        var known = driver.Accepted.Select(c => c.Id).Concat(Excluded).ToHashSet();
        var byQuestion = driver.Unanswered.ToDictionary(u => u.Question);
        var found = new Dictionary<Guid, UnansweredSubmission>();
        var rows = await hub.Database.RowsAsync("""SELECT "Id","SubmittedBy" FROM cases""");
        using var client = new LoadClient(hub.ApiAddress);
        foreach (var row in rows.Where(r => !known.Contains((Guid)r[0]!)))
        {
            var id = (Guid)row[0]!;
            var reply = await client.GetAsync((string)row[1]!, $"/api/v1/cases/{id}");
            var question = reply.Status == HttpStatusCode.OK ? reply.Body!["details"]?["question"]?.GetValue<string>() : null;
            found[id] = question is not null && byQuestion.TryGetValue(question, out var attempt)
                ? attempt
                : throw new InvalidOperationException($"Case {id} is in the database but the driver never submitted it ({(int?)reply.Status}).");
        }
        return found;
    }

    private sealed record Tally(int AccountedFor, int Lost, int Duplicated, List<string> Problems);

    private Tally Evaluate(HubSnapshot s, Dictionary<Guid, UnansweredSubmission> extras, List<ContractTap.Seen>? seenOnBroker)
    {
        var problems = new List<string>();
        int accounted = 0, lost = 0, duplicated = 0;
        var seenIds = seenOnBroker?.ToLookup(m => m.CaseId);
        var expectations = driver.Accepted.Select(c => (c.Id, Closed: true, c.SupplementRounds, Driver: c.GaveUp))
            .Concat(extras.Keys.Select(id => (Id: id, Closed: false, SupplementRounds: 0, Driver: (string?)null)));
        foreach (var (id, closed, rounds, gaveUp) in expectations)
        {
            var missing = new List<string>();
            var extra = new List<string>();
            if (gaveUp is not null) missing.Add($"driver gave up: {gaveUp}");
            if (!s.Cases.TryGetValue(id, out var c))
            {
                missing.Add("case not in the database");
            }
            else
            {
                var expectedStatus = closed ? "Closed" : "Routed";
                if (c.Status != expectedStatus) missing.Add($"status {c.Status}, expected {expectedStatus}");
                if (closed && (c.Outcome != "Answered" || c.ClosureReason != "Work")) missing.Add($"decision {c.Outcome}/{c.ClosureReason}");
                Compare("history", ExpectedEffects.History(closed, rounds), s.History[id].GroupBy(h => h.Action), missing, extra);
                var events = s.Outbox[id].ToList();
                Compare("event", ExpectedEffects.Events(closed, rounds, AfSide is not null), events.GroupBy(m => m.Type), missing, extra);
                foreach (var m in events)
                {
                    if (!m.Published) missing.Add($"{m.Type} {m.MessageId} not published");
                    foreach (var consumer in ExpectedEffects.Consumers(m.Type, AfSide is not null))
                        if (!s.Inbox.Contains((m.MessageId, consumer))) missing.Add($"{m.Type} not handled by {consumer}");
                }
                if (seenIds is not null)
                {
                    var onBroker = seenIds[id].Select(m => m.MessageId).ToHashSet();
                    foreach (var m in events.Where(m => !onBroker.Contains(m.MessageId))) missing.Add($"{m.Type} {m.MessageId} never seen on the broker");
                    var outboxIds = events.Select(m => m.MessageId).ToHashSet();
                    foreach (var stray in seenIds[id].Where(m => !outboxIds.Contains(m.MessageId) && !InjectedMessages.Contains(m.MessageId)).Select(m => m.MessageId).Distinct())
                        extra.Add($"message {stray} on the broker that no outbox row explains");
                }
                if (AfSide is not null) CompareAtAf(id, closed ? rounds : 0, missing, extra);
                Compare("notification", ExpectedEffects.Notifications(closed, rounds), s.Notifications[id].GroupBy(n => n.Kind), missing, extra);
                var requests = s.History[id].Where(h => h.Action == "RequestSupplement").Select(h => h.Id);
                var plannedDeadlines = ExpectedEffects.Deadlines(closed, c.SubmittedAt, requests);
                foreach (var (key, count) in plannedDeadlines)
                {
                    var actual = s.Deadlines[id].Count(d => (d.Kind, d.IsReminder, d.Anchor) == key);
                    if (actual < count) missing.Add($"deadline {key} missing");
                    if (actual > count) extra.Add($"deadline {key} planned {actual} times");
                }
                foreach (var unplanned in s.Deadlines[id].Where(d => !plannedDeadlines.ContainsKey((d.Kind, d.IsReminder, d.Anchor))))
                    extra.Add($"deadline {unplanned.Kind}/{unplanned.Anchor} that no step plans");
            }
            if (missing.Count == 0) accounted++;
            else lost++;
            duplicated += extra.Count;
            if (missing.Count + extra.Count > 0 && problems.Count < 20)
                problems.Add($"case {id}: {string.Join("; ", missing.Concat(extra))}");
        }
        return new Tally(accounted, lost, duplicated, problems);
    }

    /// <summary>At AF: the case created exactly once (idempotency keys held through retries and crashes) and each of
    /// its supplement answers received once.</summary>
    private void CompareAtAf(Guid id, int rounds, List<string> missing, List<string> extra)
    {
        var atAf = AfSide!.Cases.Where(c => c.HubCaseId == id).ToList();
        if (atAf.Count == 0) missing.Add("never created at AF");
        for (var i = 1; i < atAf.Count; i++) extra.Add("created at AF more than once");
        var supplements = atAf.SelectMany(c => c.Supplements).ToList();
        if (supplements.Distinct().Count() < rounds) missing.Add($"AF received {supplements.Distinct().Count()} of {rounds} supplement answers");
        for (var i = supplements.Distinct().Count(); i < supplements.Count; i++) extra.Add("a supplement answer received at AF twice");
    }

    private static void Compare<T>(string what, Dictionary<string, int> expected, IEnumerable<IGrouping<string, T>> actual, List<string> missing, List<string> extra)
    {
        var counts = actual.ToDictionary(g => g.Key, g => g.Count());
        foreach (var (key, count) in expected)
        {
            var n = counts.GetValueOrDefault(key);
            if (n < count) missing.Add($"{what} {key} missing ({n} of {count})");
            for (var i = count; i < n; i++) extra.Add($"{what} {key} more than {count}");
        }
        foreach (var (key, n) in counts.Where(kv => !expected.ContainsKey(kv.Key)))
            for (var i = 0; i < n; i++) extra.Add($"unexpected {what} {key}");
    }

    /// <summary>How long the hub took to catch up after the fault ended: for this driver's cases accepted before
    /// <paramref name="recoveryFrom"/>, the latest routing after that moment.</summary>
    private static double MaxRecovery(HubSnapshot s, DateTime recoveryFrom, HashSet<Guid> ours)
    {
        var routedAfter = s.Cases.Values.Where(c => ours.Contains(c.Id) && c.SubmittedAt < recoveryFrom)
            .SelectMany(c => s.History[c.Id].Where(h => h.Action == "Route").Select(h => h.At))
            .Where(at => at > recoveryFrom)
            .DefaultIfEmpty(recoveryFrom)
            .Max();
        return (routedAfter - recoveryFrom).TotalSeconds;
    }
}

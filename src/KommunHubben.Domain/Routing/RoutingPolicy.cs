using KommunHubben.Domain.Cases;

namespace KommunHubben.Domain.Routing;

/// <summary>
/// The officer routing policy (issue 4). Pure functions: the officers' state, today's date and the options come in,
/// a decision with its reason in words comes out. The order of preference for a new case:
/// <list type="number">
/// <item>only officers with the case type among their skills, and not absent today, are candidates;</item>
/// <item>a follow-up goes back to the previous officer, if a candidate under the cap;</item>
/// <item>otherwise the unit's hub officer, if a candidate under the cap;</item>
/// <item>otherwise the least loaded candidate under the cap (weighted load; ties by name, ordinal, then id);</item>
/// <item>when every candidate is at or over the cap, the least loaded of them anyway, and the reason says "all at cap";</item>
/// <item>with no candidate at all, no officer: the reason says so, and the caller alerts an administrator.</item>
/// </list>
/// "Under the cap" means the current weighted load is below <see cref="RoutingPolicyOptions.Cap"/>, before the new
/// case is added. Skilled officers passed over because they are absent or at the cap are named in the reason.
/// Priority (<see cref="PriorityRules"/>) orders the queue; it does not change who gets the case.
/// </summary>
public static class RoutingPolicy
{
    /// <summary>Chooses the officer for one new case.</summary>
    public static RoutingOutcome Route(
        CaseToRoute @case, IReadOnlyCollection<OfficerState> officers, DateOnly today, RoutingPolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(@case);
        Validate(officers, options);

        var priority = PriorityRules.Evaluate(@case, today, options.Priority);
        var loads = officers.ToDictionary(o => o.OfficerId, o => o.WeightedLoad(options), StringComparer.Ordinal);
        var choice = Choose(@case.Type, @case.UnitId, @case.PreviousOfficerId, null, officers, loads, today, options);
        return choice.Officer is null
            ? new RoutingOutcome(null, $"unrouted: {choice.Explanation}", priority) { Explanation = choice.Reason }
            : new RoutingOutcome(choice.Officer.OfficerId, $"routed to {choice.Officer.OfficerId}: {choice.Explanation}", priority) { Explanation = choice.Reason };
    }

    /// <summary>
    /// Hands the open cases of an absent (or leaving) officer to the others, one case at a time, adding each case's
    /// weight to the receiver's load before the next, so the cases spread instead of piling onto whoever was least
    /// loaded at the start. Cases are taken most urgent first (input order within a level), and the moves come back
    /// in that order, exactly one per case: a case nobody present has the skill for comes back unassigned, never
    /// dropped. The same rules as <see cref="Route"/> apply (skills, absence today, cap with overflow, the unit's hub
    /// officer); <paramref name="fromOfficerId"/> is never a receiver, whatever its own state says.
    /// </summary>
    public static IReadOnlyList<CaseMove> Redistribute(
        string fromOfficerId, IReadOnlyCollection<CaseToRedistribute> cases,
        IReadOnlyCollection<OfficerState> officers, DateOnly today, RoutingPolicyOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(fromOfficerId);
        ArgumentNullException.ThrowIfNull(cases);
        Validate(officers, options);

        var loads = officers.ToDictionary(o => o.OfficerId, o => o.WeightedLoad(options), StringComparer.Ordinal);
        var moves = new List<CaseMove>(cases.Count);
        foreach (var held in cases.OrderByDescending(c => c.Priority))
        {
            var choice = Choose(held.Type, held.UnitId, null, fromOfficerId, officers, loads, today, options);
            if (choice.Officer is null)
            {
                moves.Add(new CaseMove(held.CaseId, fromOfficerId, null, $"unassigned: {choice.Explanation}") { Explanation = choice.Reason });
                continue;
            }
            loads[choice.Officer.OfficerId] += options.WeightOf(held.Type);
            moves.Add(new CaseMove(held.CaseId, fromOfficerId, choice.Officer.OfficerId,
                $"moved to {choice.Officer.OfficerId}: {choice.Explanation}") { Explanation = choice.Reason });
        }
        return moves;
    }

    /// <summary>The chosen officer (or none) and the reason after "routed to X: " / "unrouted: ".</summary>
    private sealed record Choice(OfficerState? Officer, string Explanation, RoutingReason Reason);

    /// <summary>A skilled officer passed over, and the words for why.</summary>
    private sealed record Note(string OfficerId, string Text, string Why);

    private static Choice Choose(
        CaseType type, string unitId, string? previousOfficerId, string? excludedOfficerId,
        IReadOnlyCollection<OfficerState> officers, IReadOnlyDictionary<string, int> loads,
        DateOnly today, RoutingPolicyOptions options)
    {
        var cap = options.Cap;
        var skilled = officers
            .Where(o => o.Skills.Contains(type) && !string.Equals(o.OfficerId, excludedOfficerId, StringComparison.Ordinal))
            .OrderBy(o => o.Name, StringComparer.Ordinal)
            .ThenBy(o => o.OfficerId, StringComparer.Ordinal)
            .ToList();
        var present = skilled.Where(o => !o.IsAbsentOn(today)).ToList();
        var withRoom = present.Where(o => loads[o.OfficerId] < cap).ToList();

        var notes = new List<Note>();
        OfficerState? chosen = null;
        var basis = $"skill {type}";
        var basisCode = RoutingReason.BySkill;

        // Follow-up affinity first, then the unit's hub officer: each only when skilled, present and under the cap.
        var affinities = new List<(string? Id, string Role, string Basis, string Code)>
        {
            (previousOfficerId, "previous officer", "previous officer (follow-up)", RoutingReason.PreviousOfficer),
            (options.UnitHubOfficers.GetValueOrDefault(unitId), "hub officer", "unit's hub officer", RoutingReason.HubOfficer),
        };
        foreach (var (id, role, affinityBasis, affinityCode) in affinities)
        {
            if (string.IsNullOrEmpty(id) || string.Equals(id, excludedOfficerId, StringComparison.Ordinal)
                || notes.Any(n => n.OfficerId == id))
                continue;
            var preferred = withRoom.FirstOrDefault(o => o.OfficerId == id);
            if (preferred is not null)
            {
                chosen = preferred;
                basis = affinityBasis;
                basisCode = affinityCode;
                break;
            }
            var whyNot = WhyNot(officers.FirstOrDefault(o => o.OfficerId == id), type, today, loads, cap);
            notes.Add(new Note(id, $"{role} {id} {whyNot.Text}", whyNot.Code));
        }

        var overflow = false;
        var tiedOthers = 0;
        if (chosen is null && present.Count > 0)
        {
            overflow = withRoom.Count == 0;
            var pool = overflow ? present : withRoom;
            var least = pool.Min(o => loads[o.OfficerId]);
            chosen = pool.First(o => loads[o.OfficerId] == least); // pool is already in name, then id order
            tiedOthers = pool.Count(o => loads[o.OfficerId] == least) - 1;
        }

        // The other skilled officers that were not available, in name order.
        foreach (var officer in skilled)
        {
            if (ReferenceEquals(officer, chosen) || notes.Any(n => n.OfficerId == officer.OfficerId))
                continue;
            if (officer.IsAbsentOn(today))
                notes.Add(new Note(officer.OfficerId, $"{officer.OfficerId} absent", RoutingReason.Absent));
            else if (loads[officer.OfficerId] >= cap)
                notes.Add(new Note(officer.OfficerId, $"{officer.OfficerId} at cap", RoutingReason.AtCap));
        }
        var skipped = notes.Where(n => chosen is null || n.OfficerId != chosen.OfficerId).ToList();
        var passedOver = string.Concat(skipped.Select(n => "; " + n.Text));
        var passedOverArgs = skipped.Select(n => RoutingReason.PassedOver(n.OfficerId, n.Why)).ToArray();

        if (chosen is null)
            return new Choice(null, $"no present officer has the skill {type}{passedOver}", new RoutingReason(RoutingReason.NoOfficer, (string[])[type.ToString(), .. passedOverArgs]));

        var explanation = $"{basis}, load {loads[chosen.OfficerId]}/{cap}"
            + (overflow ? " (all at cap)" : "")
            + (tiedOthers > 0 ? $", tie with {tiedOthers} other(s) broken by name" : "")
            + passedOver;
        var load = loads[chosen.OfficerId].ToString(System.Globalization.CultureInfo.InvariantCulture);
        var capText = cap.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var reason = basisCode == RoutingReason.BySkill
            ? new RoutingReason(overflow ? RoutingReason.AllAtCap : RoutingReason.BySkill, (string[])[chosen.OfficerId, type.ToString(), load, capText, .. passedOverArgs])
            : new RoutingReason(basisCode, (string[])[chosen.OfficerId, load, capText, .. passedOverArgs]);
        return new Choice(chosen, explanation, reason);
    }

    /// <summary>Why an affinity officer could not take the case: in words for the log, and as a code.</summary>
    private static (string Text, string Code) WhyNot(
        OfficerState? officer, CaseType type, DateOnly today, IReadOnlyDictionary<string, int> loads, int cap)
    {
        if (officer is null)
            return ("not found", RoutingReason.NotFound);
        if (!officer.Skills.Contains(type))
            return ($"lacks skill {type}", RoutingReason.LacksSkill);
        if (officer.IsAbsentOn(today))
            return ("absent", RoutingReason.Absent);
        return loads[officer.OfficerId] >= cap ? ("at cap", RoutingReason.AtCap) : ("not available", RoutingReason.NotAvailable);
    }

    private static void Validate(IReadOnlyCollection<OfficerState> officers, RoutingPolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(officers);
        ArgumentNullException.ThrowIfNull(options);
        options.EnsureValid();
        var duplicate = officers.GroupBy(o => o.OfficerId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Officer {duplicate.Key} appears more than once.", nameof(officers));
    }
}

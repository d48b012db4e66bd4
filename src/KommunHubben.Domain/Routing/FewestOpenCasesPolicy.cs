namespace KommunHubben.Domain.Routing;

/// <summary>
/// The spine's fair rule: the officer with the fewest open cases gets the next one; ties go to the officer
/// whose name sorts first (ordinal, so the choice never depends on the server's culture).
/// The full policy (skills, weights, caps, affinity, absence, priority) replaces this in the officer-queues issue.
/// </summary>
public static class FewestOpenCasesPolicy
{
    public static RoutingDecision Choose(IReadOnlyCollection<OfficerLoad> officers)
    {
        if (officers.Count == 0)
            throw new InvalidOperationException("No officer is available to route the case to.");

        var chosen = officers
            .OrderBy(o => o.OpenCases)
            .ThenBy(o => o.Name, StringComparer.Ordinal)
            .ThenBy(o => o.OfficerId, StringComparer.Ordinal)
            .First();
        var tied = officers.Count(o => o.OpenCases == chosen.OpenCases);
        var reason = tied > 1
            ? $"routed to {chosen.OfficerId}: fewest open cases ({chosen.OpenCases}), tie with {tied - 1} other(s) broken by name"
            : $"routed to {chosen.OfficerId}: fewest open cases ({chosen.OpenCases})";
        return new RoutingDecision(chosen.OfficerId, reason);
    }
}

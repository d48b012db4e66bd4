using KommunHubben.Domain.Cases;

namespace KommunHubben.Domain.Routing;

/// <summary>
/// What the routing policy needs to know about one officer right now. The open cases are given as counts per case
/// type, not as a precomputed load, so the policy applies the weights from <see cref="RoutingPolicyOptions"/> itself
/// and a change of weights in configuration takes effect without the caller recomputing anything.
/// </summary>
public sealed record OfficerState
{
    /// <summary>The officer's user id, e.g. "af-anna".</summary>
    public required string OfficerId { get; init; }

    /// <summary>The display name; ties in load are broken by it (ordinal), then by id.</summary>
    public required string Name { get; init; }

    /// <summary>The case types this officer handles. An officer gets no case of a type missing here.</summary>
    public IReadOnlySet<CaseType> Skills { get; init; } = new HashSet<CaseType>();

    /// <summary>How many cases of each type the officer holds open now.</summary>
    public OpenCaseCounts OpenCases { get; init; } = OpenCaseCounts.None;

    /// <summary>Periods the officer is away; no new case goes to them on any day inside one.</summary>
    public IReadOnlyList<AbsencePeriod> Absences { get; init; } = [];

    /// <summary>True when one of the absence periods covers <paramref name="day"/>.</summary>
    public bool IsAbsentOn(DateOnly day) => Absences.Any(a => a.Covers(day));

    /// <summary>The sum of the weights of the open cases, with the weights in <paramref name="options"/>.</summary>
    public int WeightedLoad(RoutingPolicyOptions options) => OpenCases.Weighted(options.WeightOf);
}

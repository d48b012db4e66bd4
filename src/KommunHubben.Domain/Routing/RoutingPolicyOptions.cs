using KommunHubben.Domain.Cases;

namespace KommunHubben.Domain.Routing;

/// <summary>
/// The numbers and maps behind <see cref="RoutingPolicy"/>. Bound from settings by the host; the defaults follow the
/// hub's caseload benchmark (at most 30) with the heavier case types weighted double (assumed).
/// </summary>
public sealed class RoutingPolicyOptions
{
    /// <summary>The configuration section this is bound from.</summary>
    public const string Section = "Hub:Routing";

    /// <summary>How much one open case of each type weighs in an officer's load. A type missing here weighs 1.</summary>
    public Dictionary<CaseType, int> Weights { get; set; } = new()
    {
        [CaseType.WageSubsidy] = 2,
        [CaseType.DisabilityCoding] = 2,
        [CaseType.IndividualPlanning] = 1,
        [CaseType.GeneralQuestion] = 1,
    };

    /// <summary>
    /// The weighted load at which an officer is full. An officer at or over it gets no new case while another skilled,
    /// present officer is under it; when all are at or over it, the least loaded gets the case anyway.
    /// </summary>
    public int Cap { get; set; } = 30;

    /// <summary>A city unit's designated hub officer (unit id → officer id), preferred for the unit's cases.</summary>
    public Dictionary<string, string> UnitHubOfficers { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The rules that put a case ahead in the queue.</summary>
    public PriorityRulesOptions Priority { get; set; } = new();

    /// <summary>The weight of one open case of <paramref name="type"/>.</summary>
    public int WeightOf(CaseType type) => Weights.TryGetValue(type, out var weight) ? weight : 1;

    /// <summary>Throws <see cref="ArgumentException"/> for settings the policy cannot work with.</summary>
    public void EnsureValid()
    {
        if (Cap < 1)
            throw new ArgumentException($"The routing cap must be at least 1 (was {Cap}).");
        foreach (var (type, weight) in Weights)
        {
            if (weight < 0)
                throw new ArgumentException($"The routing weight of {type} cannot be negative (was {weight}).");
        }
        if (Priority.WageSubsidyStartWithinDays < 0 || Priority.NystartsjobbWithinDays < 0)
            throw new ArgumentException("Priority rule windows (days) cannot be negative.");
    }
}

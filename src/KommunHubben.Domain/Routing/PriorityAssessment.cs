namespace KommunHubben.Domain.Routing;

/// <summary>
/// The result of <see cref="PriorityRules.Evaluate"/>: the level (the highest of the rules that fired, or
/// <see cref="CasePriority.Normal"/> when none did) and the names of the rules that fired, in rule order.
/// </summary>
public sealed record PriorityAssessment(CasePriority Level, IReadOnlyList<string> FiredRules)
{
    /// <summary>No rule fired.</summary>
    public static PriorityAssessment Normal { get; } = new(CasePriority.Normal, []);
}

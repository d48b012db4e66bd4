using KommunHubben.Domain.Cases;

namespace KommunHubben.Domain.Indicators;

/// <summary>
/// Closed cases that look the same to the primary indicator, counted: what it breaks down by (unit, coach, case type,
/// project, Stockholm period), the gender column and what the closure counts as (its reason's category). The
/// reporting store groups a year's closures this way, so the indicator folds groups instead of a country's year of
/// cases; a single closed case is a group of one (<see cref="Of"/>).
/// </summary>
/// <param name="ClosedAt">A UTC instant on the same Stockholm date as every closure of the group (the closure time
/// itself for a single case); only its Stockholm date counts.</param>
/// <param name="UnitId">Null when the grouping did not keep units apart; likewise coach, type and project.</param>
public sealed record ClosureGroup(
    string? UnitId,
    string? ContactPersonId,
    CaseType? Type,
    string? ProjectId,
    Gender Gender,
    ClosureCategory Category,
    DateTime ClosedAt,
    int Count)
{
    public static ClosureGroup Of(CaseFact closed) => new(
        closed.UnitId, closed.ContactPersonId, closed.Type, closed.ProjectId, closed.Gender,
        ClosureReasonCatalogue.Categorise(closed.ClosureReason),
        closed.ClosedAt ?? throw new ArgumentException("Only a closed case is a closure.", nameof(closed)), 1);
}

using KommunHubben.Domain.Cases;

namespace KommunHubben.Domain.Routing;

/// <summary>
/// The non-personal facts about a new case that routing and priority look at. Nothing here identifies the person.
/// </summary>
public sealed record CaseToRoute
{
    public required CaseType Type { get; init; }

    /// <summary>The submitting city unit, e.g. "jobbtorg-soder" or "avhoppare".</summary>
    public required string UnitId { get; init; }

    /// <summary>
    /// For a follow-up (an extension, a supplement, a re-opened case): the officer who held the earlier case.
    /// Null for a first case.
    /// </summary>
    public string? PreviousOfficerId { get; init; }

    /// <summary>When the job or effort starts (wage subsidy, nystartsjobb), if the case has one.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>The case concerns a nystartsjobb, which AF wants applied for at least three weeks before the start.</summary>
    public bool IsNystartsjobb { get; init; }

    /// <summary>The joint project the case is tagged to (e.g. "stockholmskraften"), if any.</summary>
    public string? ProjectId { get; init; }
}

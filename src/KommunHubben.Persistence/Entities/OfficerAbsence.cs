namespace KommunHubben.Persistence.Entities;

/// <summary>An officer is away from – to (inclusive): no new cases are routed to them then.</summary>
public sealed class OfficerAbsence
{
    public long Id { get; init; }
    public required string OfficerId { get; init; }
    public required DateOnly From { get; init; }
    public required DateOnly To { get; init; }
    public required string RegisteredBy { get; init; }
    public required DateTime RegisteredAt { get; init; }
}

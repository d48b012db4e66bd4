namespace KommunHubben.Persistence.Entities;

/// <summary>
/// The contact person's answer to a follow-up after a closure to work or studies: at 3 and 6 months whether the person
/// is still in work or studies, at 6 months whether they are self-sufficient. One per case and kind.
/// </summary>
public sealed class FollowUpResult
{
    public long Id { get; init; }
    public required Guid CaseId { get; init; }
    public required string Kind { get; init; }
    public required bool Positive { get; init; }
    public required string RecordedBy { get; init; }
    public required DateTime RecordedAt { get; init; }
}

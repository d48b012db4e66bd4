using KommunHubben.Domain.Deadlines;

namespace KommunHubben.Persistence.Entities;

/// <summary>
/// A deadline kept in the database (the broker here has no delayed delivery). The scheduler takes due rows with
/// FOR UPDATE SKIP LOCKED, so with several workers each fires once; <see cref="Result"/> records what firing did.
/// </summary>
public sealed class Deadline
{
    public long Id { get; init; }
    public required Guid CaseId { get; init; }
    public required DeadlineKind Kind { get; init; }
    public required DateTime DueAt { get; init; }
    public required bool IsReminder { get; init; }
    /// <summary>For SupplementAnswer: the history step of the request it watches (a later request starts a new round).</summary>
    public long? AnchorHistoryId { get; init; }
    public required DateTime CreatedAt { get; init; }
    public DateTime? FiredAt { get; private set; }
    public string? Result { get; private set; }

    public void Fire(DateTime at, string result)
    {
        FiredAt = at;
        Result = result;
    }
}

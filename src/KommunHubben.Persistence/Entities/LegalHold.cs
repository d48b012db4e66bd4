namespace KommunHubben.Persistence.Entities;

/// <summary>
/// A legal hold (bevarandebeslut) on one case: while it is in force (not lifted) no retention rule touches the case.
/// Set and lifted by an administrator, each with a reason; both are also written to the audit log.
/// </summary>
public sealed class LegalHold
{
    public long Id { get; init; }
    public required Guid CaseId { get; init; }
    public required string Reason { get; init; }
    public required string SetBy { get; init; }
    public required DateTime SetAt { get; init; }
    public string? LiftedBy { get; private set; }
    public DateTime? LiftedAt { get; private set; }
    public string? LiftReason { get; private set; }

    public bool InForce => LiftedAt is null;

    public void Lift(string by, string reason, DateTime at)
    {
        LiftedBy = by;
        LiftReason = reason;
        LiftedAt = at;
    }
}

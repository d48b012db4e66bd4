namespace KommunHubben.Persistence.Entities;

/// <summary>Who read or changed what, when and why. Append-only: nothing in the hub updates or deletes a row.</summary>
public sealed class AuditEntry
{
    public long Id { get; init; }
    public required DateTime At { get; init; }
    public required string ActorId { get; init; }
    public required string ActorRole { get; init; }
    public required string Action { get; init; }
    public Guid? CaseId { get; init; }
    public required string Reason { get; init; }
}

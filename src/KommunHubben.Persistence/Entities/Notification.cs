namespace KommunHubben.Persistence.Entities;

/// <summary>An in-app notice to one user about a case ("your case was stopped: consent withdrawn"). No personal details.</summary>
public sealed class Notification
{
    public long Id { get; init; }
    public required string RecipientId { get; init; }
    public Guid? CaseId { get; init; }
    public required string Kind { get; init; }
    public required DateTime At { get; init; }
    public DateTime? ReadAt { get; set; }
}

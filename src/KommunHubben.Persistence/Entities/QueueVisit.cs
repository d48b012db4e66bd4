namespace KommunHubben.Persistence.Entities;

/// <summary>When an officer last looked at their queue page: cases changed since then are marked "new" for them.</summary>
public sealed class QueueVisit
{
    public required string OfficerId { get; init; }
    public DateTime LastLookedAt { get; set; }
}

namespace KommunHubben.Tests.Faults.Load;

/// <summary>What the driver did with one case: accepted with this id, by whom, which officer held it, how many
/// supplement round-trips it went through, and how far the driver got.</summary>
public sealed class DrivenCase
{
    public required int Number { get; init; }
    public required Guid Id { get; init; }
    public required string ContactPerson { get; init; }
    public required DateTime AcceptedAt { get; init; }
    public string? Officer { get; set; }
    public int SupplementRounds { get; set; }
    /// <summary>The last status the driver saw the hub confirm.</summary>
    public string LastStatus { get; set; } = "Submitted";
    public int Version { get; set; }
    /// <summary>Why the driver gave up on this case (a timeout or an answer it did not expect), if it did.</summary>
    public string? GaveUp { get; set; }
}

/// <summary>A submission the hub never answered (connection cut): it may have been committed. The reconciler looks
/// for it by its question text.</summary>
public sealed record UnansweredSubmission(int Number, int Attempt, string ContactPerson, string Question);

namespace KommunHubben.Persistence.Entities;

/// <summary>The last case reference number given out in a (Stockholm) year. Submission increments it atomically in
/// its own transaction (<c>INSERT … ON CONFLICT DO UPDATE … RETURNING</c>), so numbers are unique and without gaps
/// from rolled-back submissions.</summary>
public sealed class CaseReferenceCounter
{
    public required int Year { get; init; }
    public int LastNumber { get; set; }
}

using KommunHubben.Domain.Cases;

namespace KommunHubben.Persistence.Reporting;

/// <summary>
/// One case as the coordinators' figures see it, folded from its events: codes, unit, staff ids and times; the only
/// thing about the person is the gender code. Events may arrive in any order, so every field is nullable until its
/// event has been applied, and the status follows the latest event time.
/// </summary>
public sealed class ReportingCase
{
    public required Guid CaseId { get; init; }
    public CaseType? Type { get; set; }
    public string? UnitId { get; set; }
    public string? ContactPersonId { get; set; }
    public string? ProjectId { get; set; }
    public string? Gender { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public CaseStatus? Status { get; set; }
    public DateTime? StatusAt { get; set; }
    public string? OfficerId { get; set; }
    public DateTime? OfficerAt { get; set; }
    public DateTime? FirstActionAt { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? Outcome { get; set; }
    public DateTime? ClosedAt { get; set; }
    public ClosureReason? ClosureReason { get; set; }
    public int SupplementRounds { get; set; }
    public bool FirstActionBreached { get; set; }
    public bool DecisionBreached { get; set; }
    /// <summary>Two events of one case applied at once by different consumers: the second writer retries.</summary>
    public int Version { get; set; }
}

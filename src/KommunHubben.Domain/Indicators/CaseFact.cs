using KommunHubben.Domain.Cases;

namespace KommunHubben.Domain.Indicators;

/// <summary>
/// What the reporting projection knows about one case, built from its events: codes, ids of units and staff, and
/// times. Nothing about the person beyond the gender code.
/// </summary>
public sealed record CaseFact
{
    public required Guid CaseId { get; init; }
    public required CaseType Type { get; init; }
    public required string UnitId { get; init; }
    /// <summary>The contact person (coach) who submitted the case.</summary>
    public required string ContactPersonId { get; init; }
    public string? ProjectId { get; init; }
    public Gender Gender { get; init; } = Gender.Unknown;
    public required DateTime SubmittedAt { get; init; }
    public CaseStatus Status { get; init; } = CaseStatus.Submitted;
    public string? OfficerId { get; init; }
    /// <summary>The officer's first action on the case (claim, supplement request, decision or rejection).</summary>
    public DateTime? FirstActionAt { get; init; }
    public DateTime? DecidedAt { get; init; }
    public string? Outcome { get; init; }
    public DateTime? ClosedAt { get; init; }
    public ClosureReason? ClosureReason { get; init; }
    public int SupplementRounds { get; init; }
    public bool FirstActionBreached { get; init; }
    public bool DecisionBreached { get; init; }

    public bool IsClosed => Status == CaseStatus.Closed && ClosedAt is not null;

    /// <summary>Still in the hub's hands: not closed, rejected, withdrawn or stopped.</summary>
    public bool IsOpen => Status is CaseStatus.Submitted or CaseStatus.Routed or CaseStatus.Claimed
        or CaseStatus.AwaitingSupplement or CaseStatus.Decided;
}

/// <summary>The follow-up points after a closure to work or studies (docs/domain.md: 3 and 6 months, self-sufficiency at 6).</summary>
public enum FollowUpKind
{
    FollowUp3Months,
    FollowUp6Months,
    SelfSufficiency6Months,
}

/// <summary>A recorded follow-up: for the 3- and 6-month points whether the person is still in work or studies, for
/// self-sufficiency whether they live without financial aid.</summary>
public sealed record FollowUpFact(Guid CaseId, FollowUpKind Kind, bool Positive, DateTime RecordedAt);

/// <summary>A submission the hub refused (missing consent, protected identity): counted, nothing about the person.</summary>
public sealed record RefusalFact(string Reason, string? CaseType, string UnitId, DateTime At);

namespace KommunHubben.Domain.Cases;

/// <summary>
/// A case as stored. Columns that are searched and shown in lists are non-personal (type, status, unit,
/// officer); everything personal is in <see cref="ProtectedDetails"/>, encrypted, and the person is findable
/// only through a keyed hash.
/// </summary>
public sealed class CaseRecord
{
    public required Guid Id { get; init; }
    /// <summary>The human reference (<see cref="CaseReference"/>), given in the submission's transaction. Null only
    /// for rows written around the application (benchmark seeds).</summary>
    public string? Reference { get; private set; }
    /// <summary>What the case is about as codes (<see cref="CaseSubject"/>): shown in lists, never personal.</summary>
    public string? SubjectCodes { get; init; }
    public required CaseType Type { get; init; }
    public CaseStatus Status { get; private set; } = CaseStatus.Submitted;
    public required string UnitId { get; init; }
    public required string SubmittedBy { get; init; }
    public string? ProjectId { get; init; }
    public string? AssignedOfficerId { get; private set; }
    public string? RoutingReason { get; private set; }
    public string? Outcome { get; private set; }
    /// <summary>Queue order: higher first (0 normal). Set at routing by the priority rules; <see cref="PriorityReasons"/> says which fired.</summary>
    public int Priority { get; private set; }
    public string? PriorityReasons { get; private set; }
    /// <summary>A date the priority rules look at (a wage subsidy's start date). Not personal: it says nothing without the case.</summary>
    public DateOnly? PriorityDate { get; init; }
    /// <summary>Why the case was closed (a code from the fixed list), when the officer said.</summary>
    public ClosureReason? ClosureReason { get; private set; }
    /// <summary>The decision's content (encrypted JSON); <see cref="Outcome"/> is its non-personal code.</summary>
    public byte[]? ProtectedDecision { get; private set; }
    /// <summary>HMAC of the normalised personnummer, for lookups without storing the number in clear.</summary>
    public string? PersonKeyHash { get; init; }
    /// <summary>The personal details (encrypted). Null once retention has removed them (see docs/retention.md).</summary>
    public required byte[]? ProtectedDetails { get; init; }
    public required DateTime SubmittedAt { get; init; }
    public DateTime UpdatedAt { get; private set; }
    /// <summary>Optimistic concurrency: every change bumps it, and a stale writer gets a conflict.</summary>
    public int Version { get; private set; }
    public List<CaseHistoryEntry> History { get; } = [];

    /// <summary>Creates a submitted case with its first history step.</summary>
    public static CaseRecord Submit(
        Guid id, CaseType type, string unitId, string submittedBy, string? projectId,
        string? personKeyHash, byte[] protectedDetails, DateTime at, DateOnly? priorityDate = null, string? subjectCodes = null)
    {
        var record = new CaseRecord
        {
            Id = id, Type = type, SubjectCodes = subjectCodes, UnitId = unitId, SubmittedBy = submittedBy, ProjectId = projectId,
            PersonKeyHash = personKeyHash, ProtectedDetails = protectedDetails, SubmittedAt = at, PriorityDate = priorityDate,
        };
        record.UpdatedAt = at;
        record.History.Add(new CaseHistoryEntry
        {
            CaseId = id, At = at, Action = CaseAction.Submit, FromStatus = CaseLifecycle.InitialStatus,
            ToStatus = CaseLifecycle.InitialStatus, ActorId = submittedBy,
        });
        return record;
    }

    /// <summary>Moves the case through the lifecycle and records the step. Refuses what the lifecycle refuses.</summary>
    public CaseHistoryEntry Apply(CaseAction action, string actorId, DateTime at, byte[]? protectedNote = null)
    {
        var from = Status;
        Status = CaseLifecycle.Apply(from, action).OrThrow();
        UpdatedAt = at;
        Version++;
        var entry = new CaseHistoryEntry
        {
            CaseId = Id,
            At = at,
            Action = action,
            FromStatus = from,
            ToStatus = Status,
            ActorId = actorId,
            ProtectedNote = protectedNote,
        };
        History.Add(entry);
        return entry;
    }

    /// <summary>Set once, just before the submission is saved (the number is taken as late as possible, so the
    /// year's counter row stays locked only for the commit).</summary>
    public void GiveReference(string reference) => Reference ??= reference;

    public void AssignTo(string officerId, string reason)
    {
        AssignedOfficerId = officerId;
        RoutingReason = reason;
    }

    public void Prioritise(int priority, string? reasons)
    {
        Priority = priority;
        PriorityReasons = reasons;
    }

    public void RecordClosure(ClosureReason? reason) => ClosureReason = reason;

    public void RecordDecision(string outcome, byte[] protectedDecision)
    {
        Outcome = outcome;
        ProtectedDecision = protectedDecision;
    }
}

namespace KommunHubben.Persistence.Reporting;

/// <summary>A recorded follow-up of a case, as the projection knows it (kind and whether positive).</summary>
public sealed class ReportingFollowUp
{
    public required Guid CaseId { get; init; }
    public required string Kind { get; init; }
    public bool Positive { get; set; }
    public DateTime RecordedAt { get; set; }
}

/// <summary>A refused submission, as the projection knows it: reason, case type and unit. Nothing about the person.</summary>
public sealed class ReportingRefusal
{
    public long Id { get; init; }
    public required Guid MessageId { get; init; }
    public required string Reason { get; init; }
    public string? CaseType { get; init; }
    public required string UnitId { get; init; }
    public required DateTime At { get; init; }
}

namespace KommunHubben.Persistence.Entities;

/// <summary>
/// One line of the deletion log (gallringslogg): what kind of data a retention rule removed, from which case (by id
/// and reference where it has one), under which rule, when and how many items. Never the removed content itself.
/// </summary>
public sealed class RetentionLogEntry
{
    public long Id { get; init; }
    public required DateTime At { get; init; }
    /// <summary>The kind of data, e.g. "PersonalDetails", "Attachments", "Notifications" (see RetentionKinds).</summary>
    public required string Kind { get; init; }
    /// <summary>The rule and its period as configured when it ran, e.g. "ClosedCase:WageSubsidy:24m".</summary>
    public required string Rule { get; init; }
    public Guid? CaseId { get; init; }
    public string? CaseReference { get; init; }
    public required int Count { get; init; }
}

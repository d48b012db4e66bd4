namespace KommunHubben.Domain.Cases;

/// <summary>One step in a case's life, shown to the contact person and the officer. Notes (questions, answers,
/// decision texts) may be personal, so they are stored encrypted.</summary>
public sealed class CaseHistoryEntry
{
    public long Id { get; init; }
    public required Guid CaseId { get; init; }
    public required DateTime At { get; init; }
    public required CaseAction Action { get; init; }
    public required CaseStatus FromStatus { get; init; }
    public required CaseStatus ToStatus { get; init; }
    public required string ActorId { get; init; }
    public byte[]? ProtectedNote { get; init; }
}

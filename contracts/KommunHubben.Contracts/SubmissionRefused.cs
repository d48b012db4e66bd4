namespace KommunHubben.Contracts;

/// <summary>A submission was refused before anything about the person was kept (missing consent, protected identity).
/// Counted by the coordinators' figures; codes and the unit only.</summary>
public sealed record SubmissionRefused(string Reason, string? CaseType, string UnitId, DateTime RefusedAt);

namespace KommunHubben.Contracts;

/// <summary>The case is finished; nothing more happens to it. <paramref name="ClosureReason"/> is a code (Work, Studies, ReReferred …).</summary>
public sealed record CaseClosed(Guid CaseId, string ClosedBy, string? ClosureReason, DateTime ClosedAt);

namespace KommunHubben.Contracts;

/// <summary>The case is finished; nothing more happens to it.</summary>
public sealed record CaseClosed(Guid CaseId, string ClosedBy, DateTime ClosedAt);

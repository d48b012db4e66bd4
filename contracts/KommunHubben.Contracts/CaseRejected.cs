namespace KommunHubben.Contracts;

/// <summary>An officer refused to handle the case. <paramref name="ReasonCode"/> is a code, never free text.</summary>
public sealed record CaseRejected(Guid CaseId, string RejectedBy, string ReasonCode, DateTime RejectedAt);

namespace KommunHubben.Contracts;

/// <summary>The case was stopped because the person withdrew consent; nothing more may be exchanged about it.</summary>
public sealed record CaseStopped(Guid CaseId, string? OfficerId, string ReasonCode, DateTime StoppedAt);

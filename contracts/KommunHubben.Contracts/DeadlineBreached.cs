namespace KommunHubben.Contracts;

/// <summary>An SLA deadline passed while it still mattered: an escalation for the officer and the coordinators.</summary>
public sealed record DeadlineBreached(Guid CaseId, string Kind, string? OfficerId, DateTime DueAt, DateTime BreachedAt);

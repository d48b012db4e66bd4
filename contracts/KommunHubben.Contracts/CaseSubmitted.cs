namespace KommunHubben.Contracts;

/// <summary>A contact person's case was accepted and stored; it waits to be routed to an officer.</summary>
public sealed record CaseSubmitted(Guid CaseId, string CaseType, string UnitId, DateTime SubmittedAt);

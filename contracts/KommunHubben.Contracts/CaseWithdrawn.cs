namespace KommunHubben.Contracts;

/// <summary>The contact person withdrew the case before it was decided.</summary>
public sealed record CaseWithdrawn(Guid CaseId, string WithdrawnBy, DateTime WithdrawnAt);

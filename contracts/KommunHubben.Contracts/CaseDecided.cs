namespace KommunHubben.Contracts;

/// <summary>The officer decided or answered the case. <paramref name="Outcome"/> is a code, never free text.</summary>
public sealed record CaseDecided(Guid CaseId, string OfficerId, string Outcome, DateTime DecidedAt);

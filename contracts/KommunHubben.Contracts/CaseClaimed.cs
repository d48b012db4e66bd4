namespace KommunHubben.Contracts;

/// <summary>An officer took a case from their queue and is now working on it.</summary>
public sealed record CaseClaimed(Guid CaseId, string OfficerId, DateTime ClaimedAt);

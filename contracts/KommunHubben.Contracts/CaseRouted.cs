namespace KommunHubben.Contracts;

/// <summary>The workflow placed a case in one officer's queue. <paramref name="Reason"/> explains the choice.</summary>
public sealed record CaseRouted(Guid CaseId, string OfficerId, string Reason, DateTime RoutedAt);

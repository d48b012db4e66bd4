namespace KommunHubben.Contracts;

/// <summary>The officer asked the contact person for more information. The question itself stays in the database.</summary>
public sealed record SupplementRequested(Guid CaseId, string OfficerId, string UnitId, DateTime RequestedAt);

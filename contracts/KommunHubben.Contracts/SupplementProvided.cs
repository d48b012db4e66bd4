namespace KommunHubben.Contracts;

/// <summary>The contact person answered a supplement request. The answer itself stays in the database.</summary>
public sealed record SupplementProvided(Guid CaseId, string ContactPersonId, DateTime ProvidedAt);

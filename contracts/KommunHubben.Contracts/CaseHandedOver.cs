namespace KommunHubben.Contracts;

/// <summary>An officer gave a claimed case to another officer's queue (or released it to the shared queue when
/// <paramref name="ToOfficerId"/> equals <paramref name="FromOfficerId"/>). The reason stays in the database.</summary>
public sealed record CaseHandedOver(Guid CaseId, string FromOfficerId, string ToOfficerId, DateTime HandedOverAt);

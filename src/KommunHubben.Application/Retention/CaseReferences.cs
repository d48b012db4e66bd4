using KommunHubben.Persistence;

namespace KommunHubben.Application.Retention;

/// <summary>
/// The reference number (ärendenummer) of cases, for the deletion log and the register extract. Until cases carry a
/// reference column this answers none, and readers fall back to the case id.
/// </summary>
public static class CaseReferences
{
    public static Task<Dictionary<Guid, string?>> OfAsync(HubDbContext db, IReadOnlyCollection<Guid> caseIds, CancellationToken ct) =>
        Task.FromResult(caseIds.Distinct().ToDictionary(id => id, _ => (string?)null));
}

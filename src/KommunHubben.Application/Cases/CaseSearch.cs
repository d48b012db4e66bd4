using KommunHubben.Application.Auditing;
using KommunHubben.Application.Users;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Identity;
using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Protection;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Cases;

/// <summary>What a search found, or which field was wrong (codes the page renders: Required, NotUnderstood, ReasonRequired).</summary>
public sealed record SearchOutcome(IReadOnlyList<CaseSummary> Found, string? ErrorField = null, string? ErrorCode = null);

/// <summary>
/// An officer finds a case by its reference or by the person's personnummer. The personnummer is never stored or
/// logged: it is turned into the same keyed hash the case keeps, and the search is audit-logged as a read of personal
/// details with the officer's reason — one entry per case found (or one without a case when none was).
/// </summary>
public sealed class CaseSearch(HubDbContext db, CaseQueries queries, PersonalDataProtector protector, TimeProvider clock)
{
    public const string AuditAction = "SearchByPersonalIdentityNumber";

    public async Task<SearchOutcome> FindAsync(HubUser user, string? query, string? reason, CancellationToken ct)
    {
        if (user.Role != Role.Officer) return new([]);
        if (string.IsNullOrWhiteSpace(query)) return new([], "query", "Required");
        if (CaseReference.Parse(query) is { } reference)
            return new(await VisibleAsync(user, db.Cases.Where(c => c.Reference == reference), ct));

        var now = clock.GetUtcNow().UtcDateTime;
        var parsed = PersonalIdentityNumber.Parse(query, DateOnly.FromDateTime(now));
        if (!parsed.IsValid) return new([], "query", "NotUnderstood");
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 500) return new([], "reason", "ReasonRequired");

        var hash = protector.KeyedHash(parsed.Value!.Normalized);
        var found = await VisibleAsync(user, db.Cases.Where(c => c.PersonKeyHash == hash), ct);
        foreach (var c in found) AuditTrail.Record(db, user, AuditAction, c.Id, reason.Trim(), now);
        if (found.Count == 0) AuditTrail.Record(db, user, AuditAction, null, reason.Trim(), now);
        await db.SaveChangesAsync(ct);
        return new(found);
    }

    /// <summary>A case by its reference (no personal details, so no audit entry): an officer finds what they may open
    /// (<see cref="VisibleAsync"/>), a contact person their unit's cases; null otherwise.</summary>
    public async Task<CaseSummary?> FindByReferenceAsync(HubUser user, string reference, CancellationToken ct)
    {
        var cases = db.Cases.Where(c => c.Reference == reference);
        var found = user.Role switch
        {
            Role.Officer => await VisibleAsync(user, cases, ct),
            Role.ContactPerson when user.UnitId is not null =>
                (await queries.PageAsync(cases.Where(c => c.UnitId == user.UnitId).OrderBy(c => c.Id), 1, 1, ct)).Items,
            _ => [],
        };
        return found.FirstOrDefault();
    }

    /// <summary>Only what the officer may open: cases they hold, and unclaimed ones (<see cref="CaseVisibility"/>).</summary>
    private async Task<IReadOnlyList<CaseSummary>> VisibleAsync(HubUser user, IQueryable<Domain.Cases.CaseRecord> cases, CancellationToken ct) =>
        (await queries.PageAsync(cases.Where(c => c.AssignedOfficerId == user.UserId || c.Status == CaseStatus.Submitted || c.Status == CaseStatus.Routed)
            .OrderByDescending(c => c.SubmittedAt), 1, CaseQueries.MaxPageSize, ct)).Items;
}

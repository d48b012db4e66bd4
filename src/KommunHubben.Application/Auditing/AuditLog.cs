using KommunHubben.Application.Cases;
using KommunHubben.Application.Users;
using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Auditing;

/// <summary>Which audit entries to read: each filter optional, <c>From</c>/<c>To</c> inclusive instants.</summary>
public sealed record AuditFilter(string? Actor, Guid? CaseId, string? Action, DateTime? From, DateTime? To);

/// <summary>
/// Reading the audit log, for administrators only (the API's /api/v1/audit and the web workspace): newest first,
/// filtered and paged. There is deliberately no way to write, edit or delete through here: entries are written only
/// by <see cref="AuditTrail"/>, together with the reads and changes they record.
/// </summary>
public sealed class AuditLog(HubDbContext db)
{
    public const int MaxPageSize = 500;

    /// <summary>The page of entries, or null when the caller is not an administrator.</summary>
    public async Task<PagedList<AuditEntry>?> ReadAsync(HubUser user, AuditFilter filter, int page, int pageSize, CancellationToken ct)
    {
        if (user.Role != Role.Administrator) return null;
        var query = db.Audit.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Actor)) query = query.Where(a => a.ActorId == filter.Actor.Trim());
        if (filter.CaseId is { } caseId) query = query.Where(a => a.CaseId == caseId);
        if (!string.IsNullOrWhiteSpace(filter.Action)) query = query.Where(a => a.Action == filter.Action.Trim());
        if (filter.From is { } from) { var f = from.ToUniversalTime(); query = query.Where(a => a.At >= f); }
        if (filter.To is { } to) { var t = to.ToUniversalTime(); query = query.Where(a => a.At <= t); }
        page = Math.Max(page, 1);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(a => a.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new PagedList<AuditEntry>(items, page, pageSize, total);
    }

    /// <summary>The actions that occur in the log (for a filter's choices).</summary>
    public async Task<IReadOnlyList<string>> ActionsAsync(HubUser user, CancellationToken ct) =>
        user.Role != Role.Administrator ? [] : await db.Audit.AsNoTracking().Select(a => a.Action).Distinct().OrderBy(a => a).ToListAsync(ct);
}

using KommunHubben.Application.Users;
using KommunHubben.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Cases;

/// <summary>A notice as a person reads it: what happened and which case (reference and the codes of its summary —
/// never free text or personal details).</summary>
public sealed record NoticeRow(long Id, string Kind, DateTime At, bool Unread, Guid? CaseId, string? Reference, string? Type, string? SubjectCodes, string? UnitId);

/// <summary>The signed-in person's in-app notices: the unread count shown in the header, the list, and "mark as read".</summary>
public sealed class NoticeInbox(HubDbContext db, TimeProvider clock)
{
    public Task<int> UnreadAsync(HubUser user, CancellationToken ct) =>
        db.Notifications.CountAsync(n => n.RecipientId == user.UserId && n.ReadAt == null, ct);

    public async Task<IReadOnlyList<NoticeRow>> ListAsync(HubUser user, int max, Func<string, bool>? kind, CancellationToken ct)
    {
        var rows = await (from n in db.Notifications.AsNoTracking()
                          where n.RecipientId == user.UserId
                          join c in db.Cases.AsNoTracking() on n.CaseId equals c.Id into cases
                          from c in cases.DefaultIfEmpty()
                          orderby n.Id descending
                          select new NoticeRow(n.Id, n.Kind, n.At, n.ReadAt == null, n.CaseId,
                              c == null ? null : c.Reference, c == null ? null : c.Type.ToString(), c == null ? null : c.SubjectCodes, c == null ? null : c.UnitId))
            .Take(max).ToListAsync(ct);
        return kind is null ? rows : rows.Where(r => kind(r.Kind)).ToList();
    }

    public async Task MarkAllReadAsync(HubUser user, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Notifications.Where(n => n.RecipientId == user.UserId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }
}

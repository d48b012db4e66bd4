using KommunHubben.Api.Web;
using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Api.Pages;

/// <summary>The signed-in person's in-app notices, newest first, each linking to its case in their own workspace.</summary>
public sealed class NotificationsModel(UiText text, HubDbContext db) : HubPageModel(text)
{
    public IReadOnlyList<(Guid? CaseId, string Kind, DateTime At)> Items { get; private set; } = [];

    public string? CaseLink(Guid? caseId) => caseId is null ? null : Me.Role switch
    {
        Role.ContactPerson => $"/Contact/Case/{caseId}",
        Role.Officer => $"/Officer/Case/{caseId}",
        _ => null,
    };

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = Me.UserId;
        Items = (await db.Notifications.AsNoTracking().Where(n => n.RecipientId == me).OrderByDescending(n => n.Id).Take(100).ToListAsync(ct))
            .Select(n => (n.CaseId, n.Kind, n.At)).ToList();
    }
}

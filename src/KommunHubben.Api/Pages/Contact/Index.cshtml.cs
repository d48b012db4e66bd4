using KommunHubben.Api.Web;
using KommunHubben.Application.Cases;
using KommunHubben.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Api.Pages.Contact;

/// <summary>The contact person's start: the unit's cases with their status (no personal details), and follow-up tasks.</summary>
public sealed class IndexModel(UiText text, CaseQueries queries, HubDbContext db) : HubPageModel(text)
{
    public PagedList<CaseSummary> Cases { get; private set; } = new([], 1, 50, 0);
    public IReadOnlyList<(Guid? CaseId, string Kind, DateTime At)> FollowUps { get; private set; } = [];

    public async Task OnGetAsync(int pageNumber = 1, CancellationToken ct = default)
    {
        Cases = await queries.ListUnitCasesAsync(Me, pageNumber, 50, ct) ?? Cases;
        var followUps = await db.Notifications.AsNoTracking()
            .Where(n => n.RecipientId == Me.UserId && (n.Kind.StartsWith("FollowUp") || n.Kind.StartsWith("SelfSufficiency")))
            .OrderByDescending(n => n.Id).Take(20).ToListAsync(ct);
        FollowUps = followUps.Select(n => (n.CaseId, n.Kind, n.At)).ToList();
    }
}

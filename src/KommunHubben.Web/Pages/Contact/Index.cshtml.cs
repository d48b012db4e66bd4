using KommunHubben.Application.Cases;
using KommunHubben.Application.Conversations;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Mvc;

namespace KommunHubben.Web.Pages.Contact;

/// <summary>The contact person's start: what waits for their answer (questions, unread messages) first, then the unit's cases with their reference
/// and summary (no personal details), and follow-up tasks.</summary>
public sealed class IndexModel(UiText text, CaseQueries queries, NoticeInbox inbox, CaseConversation conversation) : HubPageModel(text)
{
    public PagedList<CaseSummary> Cases { get; private set; } = new([], 1, 50, 0);
    public IReadOnlyList<CaseSummary> WaitingForMe { get; private set; } = [];
    public IReadOnlyList<NoticeRow> FollowUps { get; private set; } = [];
    /// <summary>The unit's cases with messages this person has not read, and how many.</summary>
    public IReadOnlyList<(CaseSummary Case, int Unread)> UnreadMessages { get; private set; } = [];
    public int UnreadOn(Guid caseId) => UnreadMessages.FirstOrDefault(u => u.Case.Id == caseId).Unread;

    public async Task OnGetAsync(int pageNumber = 1, CancellationToken ct = default)
    {
        Cases = await queries.ListUnitCasesAsync(Me, pageNumber, 50, ct) ?? Cases;
        WaitingForMe = await queries.ListAwaitingUnitAsync(Me, ct);
        UnreadMessages = await conversation.ListUnreadAsync(Me, ct);
        FollowUps = (await inbox.ListAsync(Me, 100, k => k.StartsWith("FollowUp") || k.StartsWith("SelfSufficiency"), ct)).Take(20).ToList();
    }
}

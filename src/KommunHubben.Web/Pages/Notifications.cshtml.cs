using KommunHubben.Application.Cases;
using KommunHubben.Domain.Organisation;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Mvc;

namespace KommunHubben.Web.Pages;

/// <summary>The signed-in person's in-app notices, newest first: each names its case (reference and summary) and links
/// to it in their own workspace; unread ones are marked until "mark all as read".</summary>
public sealed class NotificationsModel(UiText text, NoticeInbox inbox) : HubPageModel(text)
{
    public IReadOnlyList<NoticeRow> Items { get; private set; } = [];

    public string? CaseLink(Guid? caseId) => caseId is null ? null : Me.Role switch
    {
        Role.ContactPerson => $"/Contact/Case/{caseId}",
        Role.Officer => $"/Officer/Case/{caseId}",
        _ => null,
    };

    public async Task OnGetAsync(CancellationToken ct) => Items = await inbox.ListAsync(Me, 100, null, ct);

    public async Task<IActionResult> OnPostMarkReadAsync(CancellationToken ct)
    {
        await inbox.MarkAllReadAsync(Me, ct);
        return Done(T.NoticesMarkedRead);
    }
}

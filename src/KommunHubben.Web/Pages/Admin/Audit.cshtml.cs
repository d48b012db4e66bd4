using KommunHubben.Application.Auditing;
using KommunHubben.Application.Cases;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Persistence.Entities;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Mvc;

namespace KommunHubben.Web.Pages.Admin;

/// <summary>
/// The audit log, read-only: who, when, what, which case, why; filtered by user, case, action and period (whole days
/// in the hub's local time, both ends included), newest first, paged. The page has no form that posts: there is no
/// way to change the log from here (<see cref="AuditLog"/> only reads).
/// </summary>
public sealed class AuditModel(UiText text, AuditLog log) : HubPageModel(text)
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public string? CaseId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<string> Actions { get; private set; } = [];
    public PagedList<AuditEntry> Entries { get; private set; } = new([], 1, PageSize, 0);
    public int PageCount => Math.Max(1, (Entries.Total + PageSize - 1) / PageSize);
    public bool Filtering => Actor is not null || CaseId is not null || Action is not null || From is not null || To is not null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        RecordUnreadableFields("");
        Guid? caseId = null;
        if (!string.IsNullOrWhiteSpace(CaseId))
        {
            if (Guid.TryParse(CaseId.Trim(), out var parsed)) caseId = parsed;
            else Errors.AddWorded("caseId", T.CaseIdFormat);
        }
        if (From is not null && To is not null && To < From) Errors.Add("to", RuleCode.EndBeforeStart);
        Actions = await log.ActionsAsync(Me, ct);
        if (Errors.Any) return;
        // Whole days in the hub's local time: from the start of From to the end of To.
        var filter = new AuditFilter(Empty(Actor), caseId, Empty(Action),
            From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Local),
            To?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Local).AddTicks(-1));
        Entries = await log.ReadAsync(Me, filter, PageNumber, PageSize, ct) ?? Entries;
    }

    /// <summary>The address of another page of the same filtered list.</summary>
    public string PageLink(int page) => Url.Page("/Admin/Audit", new
    {
        actor = Empty(Actor), caseId = Empty(CaseId), action = Empty(Action),
        from = From?.ToString("yyyy-MM-dd"), to = To?.ToString("yyyy-MM-dd"), pageNumber = page,
    })!;

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

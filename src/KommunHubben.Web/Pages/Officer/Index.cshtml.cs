using KommunHubben.Application.Cases;
using KommunHubben.Application.Conversations;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Mvc;

namespace KommunHubben.Web.Pages.Officer;

/// <summary>
/// The officer's day: counts at the top (each a quick filter), "claim next", a search by reference or personnummer
/// (posted, never in the URL), my queue with new/changed rows marked and sortable columns, and the shared AF queue
/// (cases no colleague has, each saying why it is there). Selected rows are claimed or handed over in one go
/// (<see cref="BulkCaseActions"/>). Lists carry no personal details.
/// </summary>
public sealed class IndexModel(
    UiText text, OfficerDay day, SharedQueue pool, CaseSearch search, ClaimNext claimNext, BulkCaseActions bulk, CaseConversation conversation)
    : HubPageModel(text)
{
    [BindProperty(SupportsGet = true)] public string? View { get; set; }
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty] public string? Query { get; set; }
    [BindProperty] public string? SearchReason { get; set; }
    [BindProperty] public List<Guid> Selected { get; set; } = [];
    [BindProperty] public string? ToOfficerId { get; set; }
    [BindProperty] public string? Explanation { get; set; }

    public DayCounts Counts { get; private set; } = new(0, 0, 0, 0, 0);
    public DateTime? LastLooked { get; private set; }
    public PagedList<CaseSummary> Mine { get; private set; } = new([], 1, 100, 0);
    /// <summary>Unread messages from the contact persons, per case of my queue.</summary>
    public IReadOnlyDictionary<Guid, int> UnreadMessages { get; private set; } = new Dictionary<Guid, int>();
    public IReadOnlyList<PoolRow> Shared { get; private set; } = [];
    public IReadOnlyList<CaseSummary>? Found { get; private set; }
    public IReadOnlyList<(string Value, string Label)> Colleagues { get; private set; } = [];
    /// <summary>Which form was posted (its errors are shown in it).</summary>
    public string? PostedForm { get; private set; }

    public string CurrentView => View is not null && OfficerDay.Views.Contains(View) ? View : "mine";
    public bool IsNew(CaseSummary c) => LastLooked is null || c.UpdatedAt > LastLooked;
    public FormErrors ErrorsOf(string form) => PostedForm == form ? Errors : FormErrors.None;

    /// <summary>A link to this page with one setting changed and the others kept.</summary>
    public string Link(string? view = null, string? type = null, string? sort = null, bool clearType = false)
    {
        var query = new List<string>();
        void Add(string key, string? value) { if (!string.IsNullOrEmpty(value)) query.Add($"{key}={Uri.EscapeDataString(value)}"); }
        Add("view", view ?? View);
        Add("type", clearType ? null : type ?? Type);
        Add("sort", sort ?? Sort);
        return "/Officer" + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var filter = new QueueFilter(Empty(Type), null, null, null, Empty(Sort));
        var problems = filter.Check();
        if (problems.Count > 0)
        {
            Errors.Add(problems);
            filter = new QueueFilter(null, null, null, null, null);
        }
        LastLooked = await day.LastLookedAsync(Me, ct);
        Counts = await day.CountAsync(Me, LastLooked, ct);
        Mine = await day.ListAsync(Me, CurrentView, LastLooked, filter, ct);
        UnreadMessages = await conversation.UnreadByCaseAsync(Me, Mine.Items.Select(c => c.Id).ToList(), ct);
        Shared = await pool.ListAsync(Me, filter, ct);
        Colleagues = await day.ColleaguesAsync(Me, ct);
    }

    public async Task<IActionResult> OnPostClaimNextAsync(CancellationToken ct)
    {
        var result = await claimNext.ClaimAsync(Me, ct);
        if (result is CommandResult.Ok ok) return Done(T.CaseClaimed, "/Officer/Case", new { id = ok.CaseId });
        if (result is CommandResult.NothingLeft) return Done(T.NothingLeftToClaim);
        Errors.Record(result, T);
        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostMarkSeenAsync(CancellationToken ct)
    {
        await day.MarkSeenAsync(Me, ct);
        return Done(T.MarkedSeen, null, new { view = View, type = Type, sort = Sort });
    }

    /// <summary>Posted, so a personnummer never appears in a URL, a log line or the browser's history.</summary>
    public async Task<IActionResult> OnPostSearchAsync(CancellationToken ct)
    {
        var outcome = await search.FindAsync(Me, Query, SearchReason, ct);
        PostedForm = "search";
        Errors.IdPrefix = "search-";
        if (outcome.ErrorField is { } field)
            Errors.Add(field, outcome.ErrorCode switch
            {
                "Required" => T.SearchNeedsQuery,
                "ReasonRequired" => T.SearchNeedsReason,
                _ => T.SearchNotUnderstood,
            });
        else Found = outcome.Found;
        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostBulkClaimAsync(CancellationToken ct) =>
        await BulkAsync("bulk-claim", () => bulk.ClaimAsync(Me, Selected, ct), ct);

    public async Task<IActionResult> OnPostBulkHandOverAsync(CancellationToken ct) =>
        await BulkAsync("bulk-handover", () => bulk.HandOverAsync(Me, Selected, ToOfficerId, Explanation, ct), ct);

    private async Task<IActionResult> BulkAsync(string form, Func<Task<BulkOutcome>> run, CancellationToken ct)
    {
        PostedForm = form;
        Errors.IdPrefix = form + "-";
        if (Selected.Count == 0) Errors.Add("selected", T.BulkNoneSelected);
        else
        {
            var outcome = await run();
            if (outcome.Invalid is { } invalid) Errors.Record(invalid, T);
            else return Done(Describe(outcome, form == "bulk-claim" ? T.Claimed : T.HandedOver), null, new { view = View, type = Type, sort = Sort });
        }
        await OnGetAsync(ct);
        return Page();
    }

    /// <summary>"3 av 4 ärenden: klarerade. KH-2026-000012: någon annan hann före …"</summary>
    private string Describe(BulkOutcome outcome, string action) =>
        string.Join(" ", new[] { T.BulkResult(outcome.Done, outcome.Total, action) }.Concat(outcome.Failed.Select(f => T.BulkFailed(f.Reference, f.Result switch
        {
            CommandResult.Conflict or CommandResult.Forbidden or CommandResult.NotFound => T.BulkOtherFirst,
            CommandResult.Invalid invalid => string.Join("; ", invalid.Errors.Select(e => T.Rule(e))),
            _ => T.BulkOtherFirst,
        }))));

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

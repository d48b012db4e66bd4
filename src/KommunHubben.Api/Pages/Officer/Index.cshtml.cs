using KommunHubben.Api.Web;
using KommunHubben.Application.Cases;
using KommunHubben.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Api.Pages.Officer;

/// <summary>
/// The officer's start: "claim next", my queue and the shared AF queue (unclaimed cases), both with the same filters
/// and sort as the API (type, status, project, minimum priority; priority, due date, submitted, updated), due dates
/// and breach marks. Lists carry no personal details.
/// </summary>
public sealed class IndexModel(UiText text, CaseQueries queries, ClaimNext claimNext, HubDbContext db) : HubPageModel(text)
{
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Project { get; set; }
    [BindProperty(SupportsGet = true)] public int? MinPriority { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    public IReadOnlyList<(string Value, string Label)> Projects { get; private set; } = [];
    public PagedList<CaseSummary> Mine { get; private set; } = new([], 1, 100, 0);
    public PagedList<CaseSummary> Shared { get; private set; } = new([], 1, 100, 0);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var filter = new QueueFilter(Empty(Type), Empty(Status), Empty(Project), MinPriority, Empty(Sort));
        var problems = filter.Check();
        if (problems.Count > 0)
        {
            Errors.Add(problems);
            filter = new QueueFilter(null, null, null, null, null);
        }
        Projects = (await db.Projects.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct)).Select(p => (p.Id, p.Name)).ToList();
        Mine = await queries.ListOfficerQueueAsync(Me, filter, 1, CaseQueries.MaxPageSize, ct) ?? Mine;
        Shared = await queries.ListSharedQueueAsync(Me, filter, 1, CaseQueries.MaxPageSize, ct) ?? Shared;
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

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

using KommunHubben.Application.Cases;
using KommunHubben.Application.Cases.Actions;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Mvc;

namespace KommunHubben.Web.Pages.Contact;

/// <summary>"Är du säker?" before a case is withdrawn: says what will happen (it cannot be undone), then withdraws on
/// the confirming post only. The page shows the case by reference and summary, no personal details.</summary>
public sealed class WithdrawModel(UiText text, CaseQueries queries, CaseActions actions) : HubPageModel(text)
{
    public CaseSummary Case { get; private set; } = null!;
    [BindProperty] public int? ExpectedVersion { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var result = await actions.RunAsync(Me, new WithdrawCase(id, ExpectedVersion), ct);
        if (result is CommandResult.NotFound) return NotFound();
        if (!Errors.Record(result, T)) return Done(T.CaseWithdrawn, "/Contact/Case", new { id });
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var summary = await queries.GetUnitSummaryAsync(Me, id, ct);
        if (summary is null) return false;
        Case = summary;
        return true;
    }
}

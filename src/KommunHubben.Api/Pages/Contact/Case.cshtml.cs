using KommunHubben.Api.Web;
using KommunHubben.Application.Cases;
using KommunHubben.Application.Cases.Actions;
using Microsoft.AspNetCore.Mvc;

namespace KommunHubben.Api.Pages.Contact;

/// <summary>
/// One case of the contact person's unit: status, details, history and decision, and the answer to a supplement
/// request. Opening it reads personal details, so each view is audit-logged; a case of another unit is a 404 page.
/// </summary>
public sealed class CaseModel(UiText text, CaseQueries queries, CaseActions actions) : HubPageModel(text)
{
    public const string AccessReason = "contact person opened the case page";

    public CaseView Case { get; private set; } = null!;
    [BindProperty] public string? Answer { get; set; }
    [BindProperty] public int? ExpectedVersion { get; set; }

    /// <summary>The officer's latest question, when the case waits for the unit's answer.</summary>
    public string? OpenQuestion => Case.Status == "AwaitingSupplement"
        ? Case.History.LastOrDefault(h => h.Action == "RequestSupplement")?.Note
        : null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAnswerAsync(Guid id, CancellationToken ct)
    {
        var result = await actions.RunAsync(Me, new ProvideSupplement(id, Answer, ExpectedVersion), ct);
        return await AfterAsync(id, result, T.SupplementSent, ct);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken ct)
    {
        var result = await actions.RunAsync(Me, new WithdrawCase(id, ExpectedVersion), ct);
        return await AfterAsync(id, result, T.CaseWithdrawn, ct);
    }

    private async Task<IActionResult> AfterAsync(Guid id, CommandResult result, string success, CancellationToken ct)
    {
        if (result is CommandResult.NotFound) return NotFound();
        if (!Errors.Record(result, T)) return Done(success, null, new { id });
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var view = await queries.GetAsync(Me, id, AccessReason, ct);
        if (view is null) return false;
        Case = view;
        return true;
    }
}

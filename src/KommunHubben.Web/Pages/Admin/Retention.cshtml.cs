using KommunHubben.Application.Cases;
using KommunHubben.Application.Retention;
using KommunHubben.Persistence.Entities;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace KommunHubben.Web.Pages.Admin;

/// <summary>
/// The retention schedule as configured, the legal holds in force (set one, lift one after confirming that the case may
/// then be deleted from at once) and the latest lines of the deletion log. All through <see cref="LegalHolds"/> and
/// <see cref="RetentionLogReader"/>; the page only shows and posts.
/// </summary>
public sealed class RetentionModel(UiText text, LegalHolds holds, RetentionLogReader log, IOptions<RetentionOptions> options) : HubPageModel(text)
{
    public RetentionOptions Schedule => options.Value;
    public IReadOnlyList<LegalHolds.HoldView> Holds { get; private set; } = [];
    public IReadOnlyList<RetentionLogEntry> Log { get; private set; } = [];
    /// <summary>Which form was posted ("set" or the hold's id), so its errors are shown beside it.</summary>
    public string? PostedForm { get; private set; }

    [BindProperty] public string? CaseId { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public long HoldId { get; set; }
    [BindProperty] public bool Confirm { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Holds = await holds.InForceAsync(Me, ct) ?? [];
        Log = await log.LatestAsync(Me, 100, ct) ?? [];
    }

    public async Task<IActionResult> OnPostSetAsync(CancellationToken ct)
    {
        Guid? caseId = Guid.TryParse(CaseId?.Trim(), out var id) ? id : null;
        if (caseId is null && !string.IsNullOrWhiteSpace(CaseId)) Errors.AddWorded("holdCaseId", T.UnreadableValue);
        var result = Errors.Any ? null : await holds.SetAsync(Me, caseId, Reason, ct);
        if (result is CommandResult.Ok) return Done(T.HoldSet(caseId!.Value.ToString()));
        return await FailAsync("set", result, ct, field => field == "caseId" ? "holdCaseId" : "holdReason");
    }

    public async Task<IActionResult> OnPostLiftAsync(CancellationToken ct)
    {
        if (!Confirm) Errors.AddWorded("confirmLift", T.MustConfirm);
        var result = Errors.Any ? null : await holds.LiftAsync(Me, HoldId, Reason, ct);
        if (result is CommandResult.Ok ok) return Done(T.HoldLifted(ok.CaseId.ToString()));
        return await FailAsync(HoldId.ToString(System.Globalization.CultureInfo.InvariantCulture), result, ct, _ => "liftReason");
    }

    private async Task<IActionResult> FailAsync(string form, CommandResult? result, CancellationToken ct, Func<string, string> fieldOnPage)
    {
        PostedForm = form;
        Errors.IdPrefix = form == "set" ? "set-" : $"lift-{form}-";
        if (result is CommandResult.NotFound) Errors.AddGeneral(T.HoldNotFound);
        else if (result is CommandResult.Invalid invalid)
            foreach (var e in invalid.Errors) Errors.Add(fieldOnPage(e.Field), e.Code, e.Args);
        else if (result is not null) Errors.Record(result, T);
        await OnGetAsync(ct);
        return Page();
    }
}

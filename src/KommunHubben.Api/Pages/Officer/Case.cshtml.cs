using KommunHubben.Api.Web;
using KommunHubben.Application.Cases;
using KommunHubben.Application.Cases.Actions;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Cases.Decisions;
using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Api.Pages.Officer;

/// <summary>
/// The officer's case page. Personal details (personnummer, the free text, the decision) stay hidden until the
/// officer presses "Visa" with a reason: each show reads the case through <see cref="CaseQueries.GetAsync"/>, which
/// writes an audit entry with that reason. Every action form carries the case version it was loaded with, so a case
/// changed in between (handed over, decided by someone else) gives a conflict message, never an overwrite.
/// </summary>
public sealed class CaseModel(UiText text, CaseQueries queries, CaseActions actions, HubDbContext db) : HubPageModel(text)
{
    private const string ShowReasonKey = "khub.show-reason";

    public CaseOverview Overview { get; private set; } = null!;
    /// <summary>Set only right after "Visa": the case with its personal details.</summary>
    public CaseView? Details { get; private set; }
    public IReadOnlyList<(string Value, string Label)> Colleagues { get; private set; } = [];
    /// <summary>Which form was posted (its errors are shown in it, not in the page's other forms).</summary>
    public string? PostedForm { get; private set; }

    [BindProperty] public int? ExpectedVersion { get; set; }
    [BindProperty] public string? AccessReason { get; set; }
    [BindProperty] public string? Question { get; set; }
    [BindProperty] public DecisionInput? Decision { get; set; }
    [BindProperty] public string? ToOfficerId { get; set; }
    [BindProperty] public string? Explanation { get; set; }
    [BindProperty] public string? ClosureReason { get; set; }
    [BindProperty] public string? ReasonCode { get; set; }

    public bool Holding => Overview.Summary.AssignedOfficerId == Me.UserId;
    public bool May(string action) => Overview.AllowedActions.Contains(action) && (Holding || action == nameof(CaseAction.Claim));
    public IReadOnlyList<string> Outcomes =>
        CaseOutcomes.For(Enum.Parse<CaseType>(Overview.Summary.Type), Overview.Summary.ProjectId is not null);
    public FormErrors ErrorsOf(string form) => PostedForm == form ? Errors : FormErrors.None;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (TempData[ShowReasonKey] is string reason)
            Details = await queries.GetAsync(Me, id, reason, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostShowAsync(Guid id, CancellationToken ct)
    {
        var reason = AccessReason?.Trim();
        if (string.IsNullOrEmpty(reason)) return await FailAsync(id, "show", new CommandResult.Invalid([new("accessReason", "is required")]), ct);
        if (reason.Length > 500) return await FailAsync(id, "show", new CommandResult.Invalid([new("accessReason", "must be at most 500 characters")]), ct);
        TempData[ShowReasonKey] = reason;
        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostClaimAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, "claim", Run(new ClaimCase(id, ExpectedVersion), ct), T.CaseClaimed, ct);

    public Task<IActionResult> OnPostSupplementAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, "supplement", Run(new RequestSupplement(id, Question, ExpectedVersion), ct), T.SupplementRequested, ct);

    public Task<IActionResult> OnPostDecideAsync(Guid id, CancellationToken ct)
    {
        RecordUnreadableFields(nameof(Decision));
        if (Errors.Any) return FailAsync(id, "decide", null, ct);
        return ActAsync(id, "decide", Run(new DecideCase(id, Decision ?? new DecisionInput(null, null), ExpectedVersion), ct), T.CaseDecided, ct);
    }

    public Task<IActionResult> OnPostHandOverAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, "handover", Run(new HandOverCase(id, ToOfficerId, Explanation, ExpectedVersion), ct), T.CaseHandedOver, ct, toQueue: true);

    public Task<IActionResult> OnPostReleaseAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, "release", Run(new ReleaseCase(id, Explanation, ExpectedVersion), ct), T.CaseReleased, ct, toQueue: true);

    public Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, "reject", Run(new RejectCase(id, ReasonCode, Explanation, ExpectedVersion), ct), T.CaseRejected, ct);

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, "close", Run(new CloseCase(id, ClosureReason, ExpectedVersion), ct), T.CaseClosed, ct);

    private Task<CommandResult> Run(CaseActionCommand command, CancellationToken ct) => actions.RunAsync(Me, command, ct);

    private async Task<IActionResult> ActAsync(Guid id, string form, Task<CommandResult> action, string success, CancellationToken ct, bool toQueue = false)
    {
        var result = await action;
        if (result is CommandResult.Ok) return toQueue ? Done(success, "/Officer/Index") : Done(success, null, new { id });
        if (result is CommandResult.NotFound) return NotFound();
        return await FailAsync(id, form, result, ct);
    }

    private async Task<IActionResult> FailAsync(Guid id, string form, CommandResult? result, CancellationToken ct)
    {
        PostedForm = form;
        Errors.IdPrefix = form + "-";
        if (result is not null) Errors.Record(result, T);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var overview = await queries.GetOverviewAsync(Me, id, ct);
        if (overview is null) return false;
        Overview = overview;
        Colleagues = await db.Users.AsNoTracking()
            .Where(u => u.Role == Role.Officer && u.Active && u.Id != Me.UserId).OrderBy(u => u.Name)
            .Select(u => new { u.Id, u.Name }).ToListAsync(ct) is var officers
                ? officers.Select(o => (o.Id, $"{o.Name} ({o.Id})")).ToList() : [];
        return true;
    }
}

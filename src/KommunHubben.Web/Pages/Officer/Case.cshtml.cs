using KommunHubben.Application.Attachments;
using KommunHubben.Application.Cases;
using KommunHubben.Application.Cases.Actions;
using KommunHubben.Application.Conversations;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Cases.Decisions;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Domain.Organisation;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Mvc;

namespace KommunHubben.Web.Pages.Officer;

/// <summary>
/// The officer's case page: reference, summary and history first, then the details, the files and the actions, one
/// open at a time. The officer HOLDING the case sees its personal details directly — each view is still read through
/// <see cref="CaseQueries.GetAsync"/> and audit-logged with the reason "handläggning av tilldelat ärende"; anyone else
/// presses "Visa" with a reason. Every action form carries the case version it was loaded with, so a case changed in
/// between gives a conflict message, never an overwrite. Rejecting asks "Är du säker?" first.
/// </summary>
public sealed class CaseModel(UiText text, CaseQueries queries, CaseActions actions, AttachmentCommands files, CaseConversation conversation, OfficerDay day)
    : HubPageModel(text)
{
    private const string ShowReasonKey = "khub.show-reason";

    public CaseOverview Overview { get; private set; } = null!;
    /// <summary>The case with its personal details: always for the holder, for others right after "Visa".</summary>
    public CaseView? Details { get; private set; }
    /// <summary>The case's conversation, read (and logged) together with the details.</summary>
    public ConversationView? Conversation { get; private set; }
    public IReadOnlyList<(string Value, string Label)> Colleagues { get; private set; } = [];
    /// <summary>Which form was posted (its errors are shown in it, and its disclosure is open).</summary>
    public string? PostedForm { get; private set; }

    [BindProperty] public int? ExpectedVersion { get; set; }
    [BindProperty] public string? AccessReason { get; set; }
    [BindProperty] public string? Question { get; set; }
    [BindProperty] public DecisionInput? Decision { get; set; }
    [BindProperty] public string? ToOfficerId { get; set; }
    [BindProperty] public string? Explanation { get; set; }
    [BindProperty] public string? ClosureReason { get; set; }
    [BindProperty] public string? ReasonCode { get; set; }
    [BindProperty] public bool Confirmed { get; set; }
    [BindProperty(Name = "text")] public string? MessageText { get; set; }

    public bool Holding => Overview.Summary.AssignedOfficerId == Me.UserId && Overview.Summary.Status != nameof(CaseStatus.Routed);
    public bool May(string action) => Overview.AllowedActions.Contains(action)
        && (Overview.Summary.AssignedOfficerId == Me.UserId || action == nameof(CaseAction.Claim));
    public IReadOnlyList<string> Outcomes =>
        CaseOutcomes.For(Enum.Parse<CaseType>(Overview.Summary.Type), Overview.Summary.ProjectId is not null);
    public FormErrors ErrorsOf(string form) => PostedForm == form ? Errors : FormErrors.None;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Holding && TempData[ShowReasonKey] is string reason)
        {
            Details = await queries.GetAsync(Me, id, reason, ct);
            Conversation = await conversation.ReadAsync(Me, id, reason, ct);
        }
        return Page();
    }

    /// <summary>An evidence file, for whoever may see the case; each download is audit-logged.</summary>
    public async Task<IActionResult> OnGetFileAsync(Guid id, Guid fileId, CancellationToken ct) =>
        await files.ReadAsync(Me, id, fileId, T.FileReadReason, ct) is { } file
            ? File(file.Content, file.ContentType, file.FileName)
            : NotFound();

    public async Task<IActionResult> OnPostShowAsync(Guid id, CancellationToken ct)
    {
        var reason = AccessReason?.Trim();
        if (string.IsNullOrEmpty(reason)) return await FailAsync(id, "show", new CommandResult.Invalid([new("accessReason", RuleCode.Required)]), ct);
        if (reason.Length > 500) return await FailAsync(id, "show", new CommandResult.Invalid([new("accessReason", RuleCode.TooLong, 500)]), ct);
        TempData[ShowReasonKey] = reason;
        return RedirectToPage(new { id });
    }

    /// <summary>A message to the unit, with an optional file; the contact person is told by a notice naming the case.</summary>
    public async Task<IActionResult> OnPostMessageAsync(Guid id, CancellationToken ct)
    {
        var upload = Request.Form.Files.GetFile("file");
        await using var content = upload?.OpenReadStream();
        var file = upload is { Length: > 0 } ? new CaseConversation.MessageFile(upload.FileName, upload.Length, content!) : null;
        var result = await conversation.PostAsync(Me, id, MessageText, file, ct);
        if (result is CommandResult.Ok) return Done(T.ConversationSent, null, new { id });
        if (result is CommandResult.NotFound) return NotFound();
        return await FailAsync(id, "message", result, ct);
    }

    public Task<IActionResult> OnPostClaimAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, "claim", new ClaimCase(id, ExpectedVersion), T.CaseClaimed, ct);

    public Task<IActionResult> OnPostSupplementAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, "supplement", new RequestSupplement(id, Question, ExpectedVersion), T.SupplementRequested, ct);

    public Task<IActionResult> OnPostDecideAsync(Guid id, CancellationToken ct)
    {
        RecordUnreadableFields(nameof(Decision));
        if (Errors.Any) return FailAsync(id, "decide", null, ct);
        return ActAsync(id, "decide", new DecideCase(id, Decision ?? new DecisionInput(null, null), ExpectedVersion), T.CaseDecided, ct);
    }

    public Task<IActionResult> OnPostHandOverAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, "handover", new HandOverCase(id, ToOfficerId, Explanation, ExpectedVersion), T.CaseHandedOver, ct, toQueue: true);

    public Task<IActionResult> OnPostReleaseAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, "release", new ReleaseCase(id, Explanation, ExpectedVersion), T.CaseReleased, ct, toQueue: true);

    /// <summary>Irreversible: a valid rejection is first shown back with "Är du säker?"; only the confirmed post acts.</summary>
    public async Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken ct)
    {
        if (!Confirmed && ReasonCode is not null && RejectionReasons.All.Contains(ReasonCode))
        {
            PostedForm = "reject-confirm";
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        return await ActAsync(id, "reject", new RejectCase(id, ReasonCode, Explanation, ExpectedVersion), T.CaseRejected, ct);
    }

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, "close", new CloseCase(id, ClosureReason, ExpectedVersion), T.CaseClosed, ct);

    private async Task<IActionResult> ActAsync(Guid id, string form, CaseActionCommand command, string success, CancellationToken ct, bool toQueue = false)
    {
        var result = await actions.RunAsync(Me, command, ct);
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
        // The holder works the case: its details are shown at once, and the read is logged like any other.
        if (Holding)
        {
            Details = await queries.GetAsync(Me, id, T.HolderReadReason, ct);
            Conversation = await conversation.ReadAsync(Me, id, T.HolderReadReason, ct);
        }
        Colleagues = await day.ColleaguesAsync(Me, ct);
        return true;
    }
}

using KommunHubben.Application.Attachments;
using KommunHubben.Application.Cases;
using KommunHubben.Application.Cases.Actions;
using KommunHubben.Application.Conversations;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Mvc;

namespace KommunHubben.Web.Pages.Contact;

/// <summary>
/// One case of the contact person's unit: the officer's question and the answer form first when the case waits for
/// the unit, then status, history, details and files. Opening it reads personal details, so each view is audit-logged;
/// a case of another unit is a 404 page. Withdrawing goes through a confirmation page (<see cref="WithdrawModel"/>).
/// </summary>
public sealed class CaseModel(UiText text, CaseQueries queries, CaseActions actions, AttachmentCommands files, CaseConversation conversation)
    : HubPageModel(text)
{
    public const string AccessReason = "contact person opened the case page";

    public CaseView Case { get; private set; } = null!;
    public ConversationView Conversation { get; private set; } = null!;
    [BindProperty(Name = "text")] public string? MessageText { get; set; }
    [BindProperty] public string? Answer { get; set; }
    [BindProperty] public int? ExpectedVersion { get; set; }

    /// <summary>The officer's latest question, when the case waits for the unit's answer.</summary>
    public string? OpenQuestion => Case.Status == "AwaitingSupplement"
        ? Case.History.LastOrDefault(h => h.Action == "RequestSupplement")?.Note
        : null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>An evidence file of the unit's case; each download is audit-logged.</summary>
    public async Task<IActionResult> OnGetFileAsync(Guid id, Guid fileId, CancellationToken ct) =>
        await files.ReadAsync(Me, id, fileId, T.FileReadReason, ct) is { } file
            ? File(file.Content, file.ContentType, file.FileName)
            : NotFound();

    public async Task<IActionResult> OnPostAnswerAsync(Guid id, CancellationToken ct)
    {
        var result = await actions.RunAsync(Me, new ProvideSupplement(id, Answer, ExpectedVersion), ct);
        if (result is CommandResult.NotFound) return NotFound();
        if (!Errors.Record(result, T)) return Done(T.SupplementSent, null, new { id });
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    /// <summary>A message to the officer, with an optional file; the officer is told by a notice that names the case.</summary>
    public async Task<IActionResult> OnPostMessageAsync(Guid id, CancellationToken ct)
    {
        var upload = Request.Form.Files.GetFile("file");
        await using var content = upload?.OpenReadStream();
        var file = upload is { Length: > 0 } ? new CaseConversation.MessageFile(upload.FileName, upload.Length, content!) : null;
        var result = await conversation.PostAsync(Me, id, MessageText, file, ct);
        if (result is CommandResult.NotFound) return NotFound();
        if (!Errors.Record(result, T)) return Done(T.ConversationSent, null, new { id });
        Errors.IdPrefix = "message-";
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var view = await queries.GetAsync(Me, id, AccessReason, ct);
        if (view is null) return false;
        Case = view;
        Conversation = (await conversation.ReadAsync(Me, id, AccessReason, ct))!;
        return true;
    }
}

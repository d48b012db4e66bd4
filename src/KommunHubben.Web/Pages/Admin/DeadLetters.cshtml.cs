using KommunHubben.Application.Cases;
using KommunHubben.Application.Operations;
using KommunHubben.Operations.DeadLetters;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Mvc;

namespace KommunHubben.Web.Pages.Admin;

/// <summary>
/// Failed messages: each _error queue and khub-dead-letters with its count; one queue's messages (ids, type, fault,
/// times and counts, never the body) with re-drive, and a link to discard (confirmed on its own page, <see cref="DiscardModel"/>),
/// each with a reason that goes to the audit log. The
/// broker work is khub's own (<see cref="DeadLetterDesk"/>), on this host's broker settings. With the in-memory bus
/// there are no such queues, and the page says so.
/// </summary>
public sealed class DeadLettersModel(UiText text, DeadLetterAdministration deadLetters) : HubPageModel(text)
{
    public bool Available => deadLetters.Available;
    public IReadOnlyList<DeadLetterDesk.QueueCount> Counts { get; private set; } = [];
    public DeadLetterDesk.Inspection? Inspection { get; private set; }
    /// <summary>Which form was posted ("redrive-all", "redrive-&lt;id&gt;"): its errors are shown in it.</summary>
    public string? PostedForm { get; private set; }

    [BindProperty(SupportsGet = true)] public string? Queue { get; set; }
    [BindProperty] public string? MessageId { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public FormErrors ErrorsOf(string form) => PostedForm == form ? Errors : FormErrors.None;

    public static string FormId(string action, string? messageId) =>
        messageId is null ? action + "-all" : $"{action}-{new string(messageId.Where(char.IsAsciiLetterOrDigit).ToArray())}";

    public async Task<IActionResult> OnGetAsync()
    {
        if (Queue is not null && !DeadLetterAdministration.Queues.Contains(Queue, StringComparer.Ordinal)) return NotFound();
        await LoadAsync();
        return Page();
    }

    public Task<IActionResult> OnPostRedriveAsync(CancellationToken ct) => ActAsync(FormId("redrive", Empty(MessageId)), async () =>
    {
        var (problem, run) = await deadLetters.RedriveAsync(Me, Queue ?? "", Empty(MessageId), Reason, ct);
        if (problem is not null) return problem;
        StatusMessage = run!.Skipped.Count == 0
            ? T.MessagesRedriven(run.Moved.Count, run.Moved.Select(m => m.Target).Distinct().ToList())
            : T.MessagesRedrivenWithSkips(run.Moved.Count, run.Skipped);
        return null;
    });

    /// <summary>Runs the action; on success back to the queue (post, redirect, get), otherwise the page with the errors in the posted form.</summary>
    private async Task<IActionResult> ActAsync(string form, Func<Task<CommandResult?>> action)
    {
        if (!Available) return await ShowAsync(form, T.InMemoryBus);
        CommandResult? problem;
        try
        {
            problem = await action();
        }
        catch (DeadLetterOperationException ex)
        {
            return await ShowAsync(form, T.BrokerFailed(ex.Message));
        }
        if (problem is null) return RedirectToPage(new { queue = Queue });
        if (problem is CommandResult.NotFound) return NotFound();
        PostedForm = form;
        Errors.IdPrefix = form + "-";
        // The form names its reason field after the action ("Skäl att skicka om"), and so does the summary.
        Errors.Record(problem is CommandResult.Invalid invalid
            ? new CommandResult.Invalid(invalid.Errors.Select(e => e.Field == "reason" ? e with { Field = "redriveReason" } : e).ToList())
            : problem, T);
        await LoadAsync();
        return Page();
    }

    private async Task<IActionResult> ShowAsync(string form, string message)
    {
        PostedForm = form;
        Errors.AddGeneral(message);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        if (!Available) return;
        try
        {
            Counts = await deadLetters.ListAsync(Me);
            if (Queue is not null && Counts.Any(c => c.Queue == Queue && c.Count is not null))
                Inspection = await deadLetters.InspectAsync(Me, Queue);
        }
        catch (DeadLetterOperationException ex)
        {
            Errors.AddGeneral(T.BrokerFailed(ex.Message));
        }
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

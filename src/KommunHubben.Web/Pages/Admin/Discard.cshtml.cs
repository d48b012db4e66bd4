using KommunHubben.Application.Cases;
using KommunHubben.Application.Operations;
using KommunHubben.Operations.DeadLetters;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Mvc;

namespace KommunHubben.Web.Pages.Admin;

/// <summary>"Är du säker?" before a failed message is thrown away for good: shows which message (id, queue, type,
/// fault), asks for the reason the audit log keeps, and discards on the confirming post only; then back to the queue
/// with the outcome. Cancel leaves the message where it is.</summary>
public sealed class DiscardModel(UiText text, DeadLetterAdministration deadLetters) : HubPageModel(text)
{
    public DeadLetterSummary Message { get; private set; } = null!;

    [BindProperty(SupportsGet = true)] public string? Queue { get; set; }
    [BindProperty(SupportsGet = true)] public string? MessageId { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync()) return NotFound();
        CommandResult? problem;
        try
        {
            (problem, _) = await deadLetters.DiscardAsync(Me, Queue!, MessageId, Reason, ct);
        }
        catch (DeadLetterOperationException ex)
        {
            Errors.AddGeneral(T.BrokerFailed(ex.Message));
            return Page();
        }
        if (problem is null) return Done(T.MessageDiscarded(MessageId!), "/Admin/DeadLetters", new { queue = Queue });
        if (problem is CommandResult.NotFound) return NotFound();
        Errors.IdPrefix = "discard-";
        // The form names its reason field after the action ("Skäl att kasta"), and so does the summary.
        Errors.Record(problem is CommandResult.Invalid invalid
            ? new CommandResult.Invalid(invalid.Errors.Select(e => e.Field == "reason" ? e with { Field = "discardReason" } : e).ToList())
            : problem, T);
        return Page();
    }

    /// <summary>The message as the queue holds it now; false when the bus has no queues, the queue is unknown or the message is gone.</summary>
    private async Task<bool> LoadAsync()
    {
        if (!deadLetters.Available || Queue is null || MessageId is null
            || !DeadLetterAdministration.Queues.Contains(Queue, StringComparer.Ordinal)) return false;
        var message = (await deadLetters.InspectAsync(Me, Queue)).Messages.FirstOrDefault(m => m.MessageId == MessageId);
        if (message is null) return false;
        Message = message;
        return true;
    }
}

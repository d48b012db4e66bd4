using KommunHubben.Application.Users;
using KommunHubben.Hosting;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KommunHubben.Web.Infrastructure;

/// <summary>
/// What every workspace page shares: the signed-in hub user, the status message carried over a redirect (shown with
/// role=status by the layout), and the errors of the last post (summarised at the top, each also next to its field).
/// </summary>
public abstract class HubPageModel(UiText text) : PageModel
{
    protected UiText T { get; } = text;

    [TempData] public string? StatusMessage { get; set; }

    public FormErrors Errors { get; } = new();

    protected HubUser Me => User.ToHubUser() ?? throw new InvalidOperationException("The page requires a signed-in hub user.");

    /// <summary>After a successful post: the message for the next page, and a redirect to it (post, redirect, get).</summary>
    protected IActionResult Done(string message, string? page = null, object? route = null)
    {
        StatusMessage = message;
        return RedirectToPage(page, route);
    }

    /// <summary>MVC's own conversion errors (text in a number field) become the hub's field names and a rule in words.</summary>
    protected void RecordUnreadableFields(string prefix)
    {
        foreach (var (key, entry) in ModelState)
        {
            // An empty field is "missing", which the domain's own rules report; only text that is not a number or date is unreadable.
            if (entry.Errors.Count == 0 || string.IsNullOrWhiteSpace(entry.AttemptedValue)) continue;
            var field = key.StartsWith(prefix + ".", StringComparison.OrdinalIgnoreCase) ? key[(prefix.Length + 1)..] : key;
            Errors.AddWorded(char.ToLowerInvariant(field[0]) + field[1..], T.UnreadableValue);
        }
    }
}

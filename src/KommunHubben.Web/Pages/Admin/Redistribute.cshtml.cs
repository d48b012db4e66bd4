using KommunHubben.Application.Cases;
using KommunHubben.Application.Officers;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Mvc;

namespace KommunHubben.Web.Pages.Admin;

/// <summary>"Är du säker?" before an officer's open cases are moved to colleagues: says whose and how many, and that a
/// move is not undone by a button; the cases move on the confirming post only, then back to the officers' page with
/// what was moved.</summary>
public sealed class RedistributeModel(UiText text, OfficerAdministration officers) : HubPageModel(text)
{
    public OfficerAdministration.OfficerView Officer { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string officerId, CancellationToken ct) =>
        await LoadAsync(officerId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string officerId, CancellationToken ct)
    {
        if (!await LoadAsync(officerId, ct)) return NotFound();
        var (result, done) = await officers.RedistributeAsync(Me, officerId, ct);
        if (result is CommandResult.Ok && done is not null)
            return Done(T.CasesRedistributed(Officer.Name, done.Moved, done.Moves.Count - done.Moved), "/Admin/Officers");
        if (result is CommandResult.NotFound) return NotFound();
        Errors.Record(result, T);
        return Page();
    }

    private async Task<bool> LoadAsync(string officerId, CancellationToken ct)
    {
        var officer = (await officers.ListAsync(Me, ct) ?? []).FirstOrDefault(o => o.Id == officerId);
        if (officer is null) return false;
        Officer = officer;
        return true;
    }
}

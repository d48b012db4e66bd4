using KommunHubben.Application.Cases;
using KommunHubben.Application.Users;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Mvc;

namespace KommunHubben.Web.Pages.Admin;

/// <summary>"Är du säker?" before a user is deactivated: names the person and what stops (signing in, new cases), and
/// that the history stays; deactivates on the confirming post only, then back to the users' page with the outcome.
/// The rules (not yourself) and the audit entry are <see cref="UserAdministration"/>'s.</summary>
public sealed class DeactivateModel(UiText text, UserAdministration users) : HubPageModel(text)
{
    public UserAdministration.UserView Account { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string userId, CancellationToken ct) =>
        await LoadAsync(userId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string userId, CancellationToken ct)
    {
        if (!await LoadAsync(userId, ct)) return NotFound();
        var result = await users.DeactivateAsync(Me, userId, ct);
        if (result is CommandResult.Ok) return Done(T.UserDeactivated(Account.Name), "/Admin/Users");
        if (result is CommandResult.NotFound) return NotFound();
        Errors.Record(result, T);
        return Page();
    }

    private async Task<bool> LoadAsync(string userId, CancellationToken ct)
    {
        var account = (await users.ListUsersAsync(ct)).FirstOrDefault(u => u.Id == userId && u.Active);
        if (account is null) return false;
        Account = account;
        return true;
    }
}

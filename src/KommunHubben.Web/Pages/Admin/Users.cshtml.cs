using KommunHubben.Application.Cases;
using KommunHubben.Application.Users;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Mvc;

namespace KommunHubben.Web.Pages.Admin;

/// <summary>
/// Users and units: every user with role, unit and whether active; add a user; reactivate one (deactivating is confirmed
/// on its own page, <see cref="DeactivateModel"/>). The
/// rules and the audit entries are <see cref="UserAdministration"/>'s, the same as khub users.
/// </summary>
public sealed class UsersModel(UiText text, UserAdministration users) : HubPageModel(text)
{
    public IReadOnlyList<UserAdministration.UserView> Users { get; private set; } = [];
    public IReadOnlyList<UserAdministration.UnitView> Units { get; private set; } = [];

    [BindProperty] public UserAdministration.NewUser? NewUser { get; set; }
    [BindProperty] public string? UserId { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Users = await users.ListUsersAsync(ct);
        Units = await users.ListUnitsAsync(ct);
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var input = NewUser ?? new UserAdministration.NewUser(null, null, null, null);
        var result = await users.AddAsync(Me, input, ct);
        if (result is CommandResult.Ok) return Done(T.UserAdded(input.Id!.Trim()));
        Errors.IdPrefix = "add-";
        if (result is CommandResult.Conflict) Errors.Add("id", RuleCode.UserIdTaken);
        else Errors.Record(result, T);
        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostReactivateAsync(CancellationToken ct)
    {
        var name = (await users.ListUsersAsync(ct)).FirstOrDefault(u => u.Id == UserId)?.Name ?? UserId ?? "";
        return await ChangeAsync(users.ReactivateAsync(Me, UserId ?? "", ct), T.UserReactivated(name), ct);
    }

    private async Task<IActionResult> ChangeAsync(Task<CommandResult> change, string success, CancellationToken ct)
    {
        var result = await change;
        if (result is CommandResult.Ok) return Done(success);
        if (result is CommandResult.NotFound) Errors.AddGeneral(T.UserNotFound);
                else Errors.Record(result, T);
        await OnGetAsync(ct);
        return Page();
    }
}

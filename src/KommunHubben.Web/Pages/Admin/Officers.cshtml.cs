using KommunHubben.Application.Cases;
using KommunHubben.Application.Officers;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Mvc;

namespace KommunHubben.Web.Pages.Admin;

/// <summary>
/// Officers' skills, absences and load, through <see cref="OfficerAdministration"/> (the API's officer endpoints use
/// it too): which case types each takes, register an absence, and a link to move an absent officer's open cases to
/// colleagues (confirmed on its own page, <see cref="RedistributeModel"/>).
/// </summary>
public sealed class OfficersModel(UiText text, OfficerAdministration officers, CaseNaming names) : HubPageModel(text)
{
    public IReadOnlyList<OfficerAdministration.OfficerView> Officers { get; private set; } = [];
    /// <summary>The officer whose form was posted, and which form: its errors are shown in it, not in the others.</summary>
    public string? PostedOfficer { get; private set; }
    public string? PostedForm { get; private set; }

    [BindProperty] public string? OfficerId { get; set; }
    [BindProperty] public List<string>? Skills { get; set; }
    [BindProperty] public DateOnly? From { get; set; }
    [BindProperty] public DateOnly? To { get; set; }

    public FormErrors ErrorsOf(string officerId, string form) => PostedOfficer == officerId && PostedForm == form ? Errors : FormErrors.None;

    public async Task OnGetAsync(CancellationToken ct) => Officers = await officers.ListAsync(Me, ct) ?? [];

    public Task<IActionResult> OnPostSkillsAsync(CancellationToken ct) =>
        ActAsync("skills", officers.SetSkillsAsync(Me, OfficerId ?? "", Skills ?? [], ct), T.SkillsSaved(names.Person(OfficerId)), ct);

    public Task<IActionResult> OnPostAbsenceAsync(CancellationToken ct)
    {
        RecordUnreadableFields("");
        if (Errors.Any) return FailAsync("absence", null, ct);
        return ActAsync("absence", officers.RegisterAbsenceAsync(Me, OfficerId ?? "", From, To, ct), T.AbsenceRegistered(names.Person(OfficerId)), ct);
    }

    private async Task<IActionResult> ActAsync(string form, Task<CommandResult> action, string success, CancellationToken ct)
    {
        var result = await action;
        return result is CommandResult.Ok ? Done(success) : await FailAsync(form, result, ct);
    }

    private async Task<IActionResult> FailAsync(string form, CommandResult? result, CancellationToken ct)
    {
        PostedOfficer = OfficerId;
        PostedForm = form;
        Errors.IdPrefix = $"{OfficerId}-{form}-";
        if (result is CommandResult.NotFound) Errors.AddGeneral(T.OfficerNotFound);
        else if (result is not null) Errors.Record(result, T);
        await OnGetAsync(ct);
        return Page();
    }
}

using KommunHubben.Reporting.Projects;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Mvc;

namespace KommunHubben.Web.Pages.Coordinator;

/// <summary>Change one joint project's name, owner, period and participant target through the register
/// (<see cref="ProjectAdministration"/>, the same rules as PUT /api/v1/projects/{id}); the id stays.</summary>
public sealed class ProjectModel(UiText text, ProjectAdministration register) : CoordinatorPageModel(text)
{
    public ProjectAdministration.ProjectView? Current { get; private set; }

    [BindProperty(Name = ProjectForm.Prefix)] public ProjectAdministration.ProjectInput? Input { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        Current = await FindAsync(id, ct);
        if (Current is null) return NotFound();
        Input = new ProjectAdministration.ProjectInput(Current.Id, Current.Name, Current.Owner, Current.Starts, Current.Ends, Current.ParticipantTarget);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        Current = await FindAsync(id, ct);
        if (Current is null) return NotFound();
        var result = await register.UpdateAsync(id, Input ?? new ProjectAdministration.ProjectInput(id, null, null, null, null, null), ct);
        if (result is ProjectAdministration.Result.Ok ok) return Done(T.ProjectSaved(ok.Project.Id), "/Coordinator/Projects");
        ProjectForm.Record(Errors, result, ModelState, T);
        return Page();
    }

    private async Task<ProjectAdministration.ProjectView?> FindAsync(string id, CancellationToken ct) =>
        (await register.ListAsync(ct)).FirstOrDefault(p => p.Id == id);
}

using KommunHubben.Reporting.Export;
using KommunHubben.Reporting.Projects;
using KommunHubben.Reporting.Queries;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Mvc;

namespace KommunHubben.Web.Pages.Coordinator;

/// <summary>
/// The joint projects: each with owner, period and participant target, its participants and their outcomes (the
/// <see cref="ProjectsView"/> of GET /api/v1/indicators/projects), and a form to add a project through the register
/// (<see cref="ProjectAdministration"/>, the same rules as POST /api/v1/projects).
/// </summary>
public sealed class ProjectsModel(UiText text, IndicatorQueries queries, ProjectAdministration register) : CoordinatorPageModel(text)
{
    public ProjectsView Projects { get; private set; } = null!;

    [BindProperty(Name = ProjectForm.Prefix)] public ProjectAdministration.ProjectInput? NewProject { get; set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        Projects = ProjectsView.From(await queries.ProjectsAsync(ct));

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var input = NewProject ?? new ProjectAdministration.ProjectInput(null, null, null, null, null, null);
        // Text MVC could not read as a date or number arrives as null, which the register's rules refuse as missing.
        var result = await register.AddAsync(input, ct);
        if (result is ProjectAdministration.Result.Ok ok) return Done(T.ProjectAdded(ok.Project.Id));
        ProjectForm.Record(Errors, result, ModelState, T);
        await OnGetAsync(ct);
        return Page();
    }
}

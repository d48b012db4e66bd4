using KommunHubben.Domain.Organisation;
using KommunHubben.Hosting;
using KommunHubben.Reporting.Projects;
using KommunHubben.Web.Texts;

namespace KommunHubben.Api.Endpoints;

/// <summary>/api/v1/projects: the joint-project register. Everyone signed in reads it (cases are tagged with these ids);
/// coordinators and administrators add, change and remove projects.</summary>
public static class ProjectEndpoints
{
    public static void MapProjectEndpoints(this IEndpointRouteBuilder api)
    {
        var projects = api.MapGroup("/projects").WithTags("Projects");

        projects.MapGet("/", async (ProjectAdministration admin, CancellationToken ct) => Results.Ok(await admin.ListAsync(ct)))
            .WithName("ListProjects")
            .WithSummary("List the joint projects")
            .WithDescription("Every joint project a case can be tagged to, with owner, period and participant target.")
            .Produces<IReadOnlyList<ProjectAdministration.ProjectView>>();

        projects.MapPost("/", async (ProjectAdministration.ProjectInput input, HttpContext http, ProjectAdministration admin, CancellationToken ct) =>
            NotAllowed(http) ?? ToHttp(await admin.AddAsync(input, ct), created: true))
            .WithName("AddProject")
            .WithSummary("Add a joint project")
            .WithDescription("Coordinators and administrators: `id` (lower-case letters, digits, hyphens), `name`, `owner`, `starts`, `ends`, `participantTarget`. 409 if the id is taken.")
            .Produces<ProjectAdministration.ProjectView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        projects.MapPut("/{id}", async (string id, ProjectAdministration.ProjectInput input, HttpContext http, ProjectAdministration admin, CancellationToken ct) =>
            NotAllowed(http) ?? ToHttp(await admin.UpdateAsync(id, input, ct), created: false))
            .WithName("UpdateProject")
            .WithSummary("Change a joint project")
            .WithDescription("Coordinators and administrators: the new `name`, `owner`, `starts`, `ends` and `participantTarget` (the id stays).")
            .Produces<ProjectAdministration.ProjectView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        projects.MapDelete("/{id}", async (string id, HttpContext http, ProjectAdministration admin, CancellationToken ct) =>
            NotAllowed(http) ?? ToHttp(await admin.RemoveAsync(id, ct), created: false))
            .WithName("RemoveProject")
            .WithSummary("Remove a joint project")
            .WithDescription("Coordinators and administrators: only a project no case is tagged to (409 otherwise, so its figures stay).")
            .Produces<ProjectAdministration.ProjectView>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static IResult? NotAllowed(HttpContext http) =>
        http.User.ToHubUser()?.Role is Role.Coordinator or Role.Administrator
            ? null
            : Results.Problem("Only coordinators and administrators change the project register.", statusCode: StatusCodes.Status403Forbidden, title: "Not allowed");

    private static IResult ToHttp(ProjectAdministration.Result result, bool created) => result switch
    {
        ProjectAdministration.Result.Ok ok when created => Results.Created($"/api/v1/projects/{ok.Project.Id}", ok.Project),
        ProjectAdministration.Result.Ok ok => Results.Ok(ok.Project),
        ProjectAdministration.Result.Invalid invalid => ApiProblems.Validation(invalid.Errors),
        ProjectAdministration.Result.NotFound => Results.Problem("No project with that id.", statusCode: StatusCodes.Status404NotFound, title: "Project not found"),
        ProjectAdministration.Result.Conflict conflict => Results.Problem(UiText.WordRule(new("id", conflict.Code)), statusCode: StatusCodes.Status409Conflict, title: "Conflict",
            extensions: new Dictionary<string, object?> { ["code"] = conflict.Code }),
        _ => throw new InvalidOperationException($"Unmapped result {result.GetType().Name}"),
    };
}

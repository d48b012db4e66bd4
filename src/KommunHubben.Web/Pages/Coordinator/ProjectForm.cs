using KommunHubben.Reporting.Projects;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KommunHubben.Web.Pages.Coordinator;

/// <summary>
/// The project form's fields on the page are "project.id", "project.name", … (posted as Project.id, …, binding to the
/// register's <see cref="ProjectAdministration.ProjectInput"/>), so the register's rules land next to the right field
/// with the project's labels, not the user form's.
/// </summary>
public static class ProjectForm
{
    public const string Prefix = "Project";

    public static string Field(string registerField) => "project." + registerField;

    /// <summary>The register's rules, and text MVC could not read as a date or number, under the form's field names.</summary>
    public static void Record(FormErrors errors, ProjectAdministration.Result result, ModelStateDictionary modelState, UiText text)
    {
        foreach (var (key, entry) in modelState)
        {
            if (entry.Errors.Count == 0 || string.IsNullOrWhiteSpace(entry.AttemptedValue)) continue;
            var name = key.StartsWith(Prefix + ".", StringComparison.OrdinalIgnoreCase) ? key[(Prefix.Length + 1)..] : key;
            errors.AddWorded(Field(char.ToLowerInvariant(name[0]) + name[1..]), text.UnreadableValue);
        }
        switch (result)
        {
            case ProjectAdministration.Result.Invalid invalid:
                foreach (var e in invalid.Errors) errors.Add(Field(e.Field), e.Code, e.Args);
                break;
            case ProjectAdministration.Result.Conflict conflict:
                errors.Add(Field("id"), conflict.Code);
                break;
            case ProjectAdministration.Result.NotFound:
                errors.AddGeneral(text.ProjectNotFound);
                break;
        }
    }
}

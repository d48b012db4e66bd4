using KommunHubben.Application.Cases;
using KommunHubben.Domain.Cases;
using KommunHubben.Web.Texts;

namespace KommunHubben.Web.Infrastructure;

/// <summary>
/// How pages name things: people, units and projects by name, a case by its reference and a summary built from codes
/// (type, topic/kind/form/categories, unit name) — never free text or personal details.
/// </summary>
public sealed class CaseNaming(UiText text, NameDirectory names)
{
    /// <summary>Actors that are the hub itself, not a person.</summary>
    private static readonly HashSet<string> SystemActors = ["workflow", "system", "af-gateway", "gateway", "deadlines"];

    public Task LoadAsync(CancellationToken ct) => names.LoadAsync(ct);

    public string Person(string? id) =>
        id is null ? text.None : names.Person(id) ?? (SystemActors.Contains(id) ? text.SystemActor : text.UnknownPerson);

    public string Unit(string? id) => id is null ? text.None : names.Unit(id) ?? id;

    public string Project(string? id) => id is null ? text.None : names.Project(id) ?? id;

    public string Reference(string? reference) => reference ?? text.NoReference;

    public string Subject(string type, string? codes)
    {
        var parts = CaseSubject.Split(codes).Select(code => type switch
        {
            nameof(CaseType.GeneralQuestion) => text.Topic(code),
            nameof(CaseType.IndividualPlanning) => text.PlanningKind(code),
            nameof(CaseType.WageSubsidy) => text.WageForm(code),
            nameof(CaseType.DisabilityCoding) => text.Category(code),
            _ => code,
        });
        return string.Join(", ", parts);
    }

    public string Summary(string type, string? codes, string unitId) =>
        text.CaseSummaryLine(text.CaseType(type), Subject(type, codes), Unit(unitId));

    public string Summary(CaseSummary c) => Summary(c.Type, c.SubjectCodes, c.UnitId);
}

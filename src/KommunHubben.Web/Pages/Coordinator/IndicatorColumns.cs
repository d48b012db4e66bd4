using KommunHubben.Reporting.Export;
using KommunHubben.Reporting.Projects;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;

namespace KommunHubben.Web.Pages.Coordinator;

/// <summary>One gender column group of the indicator table (women, men, unknown, total) and how to find its figures in a row.</summary>
public sealed record GenderColumn(string Key, string Label, Func<IndicatorRowView, FigureView?> Pick);

/// <summary>What _IndicatorFigures renders: one row's figures under the table's gender columns.</summary>
public sealed record IndicatorFiguresModel(IndicatorRowView Row, IReadOnlyList<GenderColumn> Columns);

/// <summary>What _ProjectFields renders: the project form's fields, with the id only when adding.</summary>
public sealed record ProjectFieldsModel(FieldRenderer Fields, ProjectAdministration.ProjectInput? Input, bool WithId);

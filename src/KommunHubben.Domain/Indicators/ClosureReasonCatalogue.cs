using KommunHubben.Domain.Cases;

namespace KommunHubben.Domain.Indicators;

/// <summary>One closure reason of the fixed list, with what it counts as and what it means.</summary>
public sealed record ClosureReasonDefinition(string Code, string SwedishLabel, ClosureCategory Category, string Definition);

/// <summary>
/// The fixed, documented list of closure reasons and how the primary indicator counts each (docs/domain.md, "What
/// coordinators measure"; Kolada's KPI for municipal labour-market activities uses the same definitions). The README's
/// "Indicators" section prints this list; a test keeps the two in step with <see cref="ClosureReason"/>.
/// </summary>
public static class ClosureReasonCatalogue
{
    /// <summary>Code used for a case closed without a reason: counted as <see cref="ClosureCategory.Other"/>, so a
    /// missing reason can never raise the indicator.</summary>
    public const string Unspecified = "Unspecified";

    public static IReadOnlyList<ClosureReasonDefinition> All { get; } =
    [
        new(nameof(ClosureReason.Work), "Arbete", ClosureCategory.Work,
            "Regular or subsidised employment (e.g. with wage subsidy or nystartsjobb) of at least one continuous month. " +
            "Not a municipal labour-market job (kommunal arbetsmarknadsanställning)."),
        new(nameof(ClosureReason.Studies), "Studier", ClosureCategory.Studies,
            "Studies that entitle to student finance from CSN (studiemedelsberättigande studier)."),
        new(nameof(ClosureReason.ReReferred), "Återremitterad", ClosureCategory.ReReferred,
            "Referred back to the referring party (återremitterad); not counted in the indicator's denominator."),
        new(nameof(ClosureReason.OtherEffort), "Annan insats", ClosureCategory.Other,
            "Moved on to another effort or activity (incl. a municipal labour-market job); counted in the denominator."),
        new(nameof(ClosureReason.Other), "Övrigt", ClosureCategory.Other,
            "Any other end (moved, sick leave, parental leave, no contact …); counted in the denominator."),
        new(Unspecified, "Ej angiven", ClosureCategory.Other,
            "Closed without a reason; counted in the denominator, never in the numerator."),
    ];

    public static ClosureCategory Categorise(ClosureReason? reason) => reason switch
    {
        ClosureReason.Work => ClosureCategory.Work,
        ClosureReason.Studies => ClosureCategory.Studies,
        ClosureReason.ReReferred => ClosureCategory.ReReferred,
        ClosureReason.OtherEffort or ClosureReason.Other or null => ClosureCategory.Other,
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "A closure reason outside the fixed list."),
    };

    public static bool IsWorkOrStudies(ClosureReason? reason) =>
        Categorise(reason) is ClosureCategory.Work or ClosureCategory.Studies;
}

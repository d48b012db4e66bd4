using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Cases.Decisions;
using KommunHubben.Domain.Indicators.Suppression;

namespace KommunHubben.Domain.Indicators;

/// <summary>A joint project as coordinators follow it (docs/domain.md, "Joint projects coordinators follow").</summary>
public sealed record ProjectDefinition(string Id, string Name, string Owner, DateOnly Starts, DateOnly Ends, int ParticipantTarget);

/// <summary>
/// One project's participants: the referrals (cases tagged to it) split into where they are. Enrolled and Closed are
/// sums of shown parts and are shown only when every part is, so they never give a hidden part away.
/// </summary>
public sealed record ProjectRow(
    ProjectDefinition Project,
    Cell Referred,
    Cell Pending,
    Cell Declined,
    Cell OtherOutcome,
    Cell Withdrawn,
    Cell Active,
    Cell Enrolled,
    Cell Closed,
    IReadOnlyDictionary<ClosureCategory, Cell> ClosedTo,
    decimal? EnrolledOfTargetPercent);

public sealed record ProjectReport(int Threshold, IReadOnlyList<ProjectRow> Projects, SuppressedTable Table);

/// <summary>
/// Participants per joint project: a referral is enrolled when its decision was Enrolled (active until the case
/// closes, then closed with its closure category), declined when decided Declined or rejected, withdrawn when the
/// contact person withdrew it or the person's consent was withdrawn, pending while undecided; any other decision is
/// "other outcome". Suppressed as one projects × status table.
/// </summary>
public static class ProjectFigures
{
    public static readonly string[] Columns =
    [
        "Pending", "Declined", "OtherOutcome", "Withdrawn", "Active",
        "ClosedWork", "ClosedStudies", "ClosedOther", "ClosedReReferred",
    ];

    public static string ColumnOf(CaseFact f)
    {
        if (f.Status is CaseStatus.Withdrawn or CaseStatus.Stopped && f.Outcome != CaseOutcomes.Enrolled) return "Withdrawn";
        if (f.Status == CaseStatus.Rejected || f.Outcome == CaseOutcomes.Declined) return "Declined";
        if (f.Outcome is null) return "Pending";
        if (f.Outcome != CaseOutcomes.Enrolled) return "OtherOutcome";
        if (!f.IsClosed) return "Active";
        return "Closed" + ClosureReasonCatalogue.Categorise(f.ClosureReason);
    }

    public static ProjectReport Compute(IEnumerable<ProjectDefinition> projects, IEnumerable<CaseFact> facts, int threshold)
    {
        var defs = projects.OrderBy(p => p.Starts).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        var counts = new int[defs.Count, Columns.Length];
        foreach (var f in facts.Where(f => f.ProjectId is not null))
        {
            var r = defs.FindIndex(p => p.Id == f.ProjectId);
            if (r >= 0) counts[r, Array.IndexOf(Columns, ColumnOf(f))]++;
        }
        var table = TableSuppression.Apply(new CountTable(defs.Select(p => p.Id).ToList(), Columns, counts), threshold);

        var rows = defs.Select((p, r) =>
        {
            Cell At(string column) => table[r, Array.IndexOf(Columns, column)];
            var closedParts = new[] { "ClosedWork", "ClosedStudies", "ClosedOther", "ClosedReReferred" }.Select(At).ToList();
            var closed = Sum(closedParts);
            var enrolled = Sum([At("Active"), .. closedParts]);
            return new ProjectRow(p, table.RowTotal(r), At("Pending"), At("Declined"), At("OtherOutcome"), At("Withdrawn"), At("Active"),
                enrolled, closed,
                new Dictionary<ClosureCategory, Cell>
                {
                    [ClosureCategory.Work] = At("ClosedWork"), [ClosureCategory.Studies] = At("ClosedStudies"),
                    [ClosureCategory.Other] = At("ClosedOther"), [ClosureCategory.ReReferred] = At("ClosedReReferred"),
                },
                enrolled.Value is { } e && p.ParticipantTarget > 0 ? Math.Round(100m * e / p.ParticipantTarget, 1, MidpointRounding.AwayFromZero) : null);
        }).ToList();
        return new ProjectReport(threshold, rows, table);
    }

    private static Cell Sum(IReadOnlyList<Cell> parts) =>
        parts.All(c => !c.IsSuppressed) ? Cell.Shown(parts.Sum(c => c.Value!.Value)) : Cell.Hidden(SuppressionReason.Secondary);
}

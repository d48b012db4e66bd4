using KommunHubben.Domain.Indicators.Suppression;

namespace KommunHubben.Domain.Indicators;

/// <summary>The indicator for one gender column of one row: closed (denominator), to work or studies, and the share.</summary>
public sealed record GenderFigures(Cell Closed, Cell WorkOrStudies, decimal? SharePercent);

/// <summary>One row of the indicator table: a group (e.g. a unit, or a unit in a quarter) or the total of all rows.</summary>
public sealed record IndicatorRow(
    IReadOnlyList<string> Group,
    GenderFigures Women,
    GenderFigures Men,
    GenderFigures? UnknownGender,
    GenderFigures Total,
    Cell ReReferred,
    decimal TargetPercent)
{
    /// <summary>Whether the total share reaches the target; null when the share is not shown.</summary>
    public bool? MeetsTarget => Total.SharePercent is { } share ? share >= TargetPercent : null;
}

/// <summary>The primary indicator for one year, broken down as asked, suppressed and ready to publish.</summary>
public sealed record IndicatorReport(
    int Year,
    IReadOnlyList<IndicatorDimension> By,
    int Threshold,
    IReadOnlyList<IndicatorRow> Rows,
    IndicatorRow Total,
    bool HasUnknownGender,
    IReadOnlyList<string> Notes);

/// <summary>
/// The primary indicator (docs/domain.md, "What coordinators measure"): the share of women and of men whose case was
/// closed to work or studies, out of all cases closed in the period EXCEPT those re-referred (återremitterade). Only
/// cases with status Closed count: rejected, withdrawn and stopped cases were never closed to an outcome. The period
/// is the Stockholm date of closure.
/// <para>
/// Three count tables (rows × gender) are published: closed excluding re-referred (N), closed to work or studies (K)
/// and re-referred. Each is suppressed on its own with <see cref="TableSuppression"/>; a K cell is also hidden when its
/// complement N − K is below the threshold (38 of 40 would tell about the 2 others). A share is shown only when both of
/// its counts are.
/// </para>
/// </summary>
public static class ClosureIndicator
{
    public static IndicatorReport Compute(
        IEnumerable<CaseFact> facts, int year, IReadOnlyList<IndicatorDimension> by, IndicatorTargets targets, int threshold) =>
        Compute(facts.Where(f => f.IsClosed).Select(ClosureGroup.Of), year, by, targets, threshold);

    /// <summary>The indicator from closures already counted in groups (see <see cref="ClosureGroup"/>); groups closed
    /// outside the year are ignored.</summary>
    public static IndicatorReport Compute(
        IEnumerable<ClosureGroup> closures, int year, IReadOnlyList<IndicatorDimension> by, IndicatorTargets targets, int threshold)
    {
        var counted = ClosureRows.Count(closures, year, by);
        var genders = counted.Genders;
        var hasUnknown = genders.Length == 3;
        var rowKeys = counted.RowKeys;
        var columnKeys = genders.Select(g => g.ToString()).ToList();
        var nTable = new CountTable(rowKeys, columnKeys, counted.Closed);
        var kTable = new CountTable(rowKeys, columnKeys, counted.WorkOrStudies);
        var rTable = new CountTable(rowKeys, columnKeys, counted.ReReferred);

        var n = TableSuppression.Apply(nTable, threshold);
        var nWithTotals = nTable.WithTotals();
        var kWithTotals = kTable.WithTotals();
        var complementSmall = new bool[nWithTotals.GetLength(0), nWithTotals.GetLength(1)];
        for (var r = 0; r < complementSmall.GetLength(0); r++)
        for (var c = 0; c < complementSmall.GetLength(1); c++)
            complementSmall[r, c] = nWithTotals[r, c] - kWithTotals[r, c] < threshold;
        var k = TableSuppression.Apply(kTable, threshold, complementSmall);
        var rr = TableSuppression.Apply(rTable, threshold);

        var unitPosition = by.ToList().IndexOf(IndicatorDimension.Unit);
        IndicatorRow Row(int r, IReadOnlyList<string> group, string? unitId)
        {
            GenderFigures Figures(int c) => new(n.At(r, c), k.At(r, c), ShareFigure.Percentage(k.At(r, c), n.At(r, c)));
            var total = genders.Length;
            return new IndicatorRow(
                group,
                Figures(0),
                Figures(1),
                hasUnknown ? Figures(2) : null,
                Figures(total),
                rr.At(r, total),
                targets.PercentFor(year, unitId));
        }

        var rows = by.Count == 0 ? [] : rowKeys.Select((key, r) =>
        {
            var group = key.Split(ClosureRows.Separator);
            return Row(r, group, unitPosition >= 0 ? group[unitPosition] : null);
        }).ToList();
        var totalRow = Row(rowKeys.Count, [], null);

        var notes = new List<string>
        {
            $"{Cell.Dash} = fewer than {threshold}, or hidden so that such a figure cannot be worked out from a total.",
            "Share = closed to work or studies / all closed excluding re-referred (återremitterade).",
        };
        return new IndicatorReport(year, by, threshold, rows, totalRow, hasUnknown, notes);
    }
}

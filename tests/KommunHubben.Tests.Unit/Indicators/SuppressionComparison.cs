using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KommunHubben.Domain.Indicators.Suppression;

namespace KommunHubben.Tests.Unit.Indicators;

/// <summary>
/// The suppression searches over the columns only (cheapest links per column pair, bridges kept up to date as cells
/// are hidden); it must publish exactly the tables the search over every row published (<see cref="ReferenceSuppression"/>),
/// down to which of several equally cheap cells is hidden. Generated tables lean on what makes ties: many equal and
/// small counts, zeros, rows with one non-zero column (each unit one gender), forced cells.
/// </summary>
public sealed class SuppressionComparison
{
    public sealed record Case(int[,] Counts, int Threshold, bool[,]? Force)
    {
        public CountTable Table => new(
            Enumerable.Range(0, Counts.GetLength(0)).Select(r => $"r{r}").ToList(),
            Enumerable.Range(0, Counts.GetLength(1)).Select(c => $"c{c}").ToList(),
            Counts);

        public override string ToString() =>
            $"threshold {Threshold}{(Force is null ? "" : " forced " + Grid(Force, f => f ? "1" : "0"))}: {Grid(Counts, n => n.ToString())}";

        private static string Grid<T>(T[,] g, Func<T, string> show) =>
            $"[{string.Join(" | ", Enumerable.Range(0, g.GetLength(0)).Select(r => string.Join(",", Enumerable.Range(0, g.GetLength(1)).Select(c => show(g[r, c])))))}]";
    }

    // Few distinct values, so that many paths cost the same.
    private static Gen<int> TieProneCounts => Gen.Frequency((4, Gen.Choose(0, 6)), (3, Gen.Elements(5, 6, 10, 20)), (1, Gen.Choose(0, 300)));

    private static Gen<int[,]> Grid(Gen<int> counts, int minRows, int maxRows, int minColumns, int maxColumns) =>
        from rows in Gen.Choose(minRows, maxRows)
        from columns in Gen.Choose(minColumns, maxColumns)
        from values in Gen.ArrayOf(counts, rows * columns)
        select ToGrid(values, rows, columns, v => v);

    /// <summary>Every row counts in one column only (a unit with closures of one gender), zeros elsewhere.</summary>
    private static Gen<int[,]> OneColumnPerRow =>
        from rows in Gen.Choose(2, 60)
        from columns in Gen.Choose(2, 3)
        from picks in Gen.ArrayOf(Gen.Choose(0, columns - 1), rows)
        from sizes in Gen.ArrayOf(TieProneCounts, rows)
        select ToGrid(new int[rows * columns], rows, columns, (i, _) => picks[i / columns] == i % columns ? sizes[i / columns] : 0);

    private static Gen<bool[,]?> Forced(int rows, int columns) => Gen.Frequency(
        (3, Gen.Constant<bool[,]?>(null)),
        (1, from cells in Gen.ArrayOf(Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true))), rows * columns)
            select (bool[,]?)ToGrid(cells, rows, columns, f => f)));

    private static Arbitrary<Case> Cases(Gen<int[,]> grids) =>
        (from counts in grids
         from threshold in Gen.Frequency((3, Gen.Constant(5)), (1, Gen.Choose(1, 12)))
         from force in Forced(counts.GetLength(0) + 1, counts.GetLength(1) + 1)
         select new Case(counts, threshold, force)).ToArbitrary();

    [Property(MaxTest = 1500)]
    public Property Small_tables_are_suppressed_exactly_as_before() =>
        Prop.ForAll(Cases(Grid(TieProneCounts, 1, 8, 1, 5)), SameAsReference);

    [Property(MaxTest = 300)]
    public Property Tall_tables_of_two_or_three_columns_are_suppressed_exactly_as_before() =>
        Prop.ForAll(Cases(Grid(TieProneCounts, 10, 80, 2, 3)), SameAsReference);

    [Property(MaxTest = 300)]
    public Property Tables_where_each_row_counts_in_one_column_are_suppressed_exactly_as_before() =>
        Prop.ForAll(Cases(OneColumnPerRow), SameAsReference);

    [Property(MaxTest = 300)]
    public Property Hiding_cells_one_by_one_the_bridges_are_the_cells_that_can_be_worked_out() =>
        Prop.ForAll(
            (from rows in Gen.Choose(1, 9)
             from columns in Gen.Choose(1, 9)
             from order in Gen.Shuffle(Enumerable.Range(0, rows * columns).ToArray())
             from count in Gen.Choose(0, rows * columns)
             select (rows, columns, cells: order.Take(count).ToArray())).ToArbitrary(),
            t =>
            {
                var hidden = new bool[t.rows, t.columns];
                var cycles = new HiddenCellCycles(t.rows, t.columns);
                foreach (var cell in t.cells)
                {
                    hidden[cell / t.columns, cell % t.columns] = true;
                    cycles.Hide(cell / t.columns, cell % t.columns);
                    for (var r = 0; r < t.rows; r++)
                    for (var c = 0; c < t.columns; c++)
                        if (hidden[r, c] && cycles.IsBridge(r, c) != ReferenceBridges.IsRecoverable(hidden, r, c))
                            return false;
                }
                return true;
            });

    private static bool SameAsReference(Case t)
    {
        var published = TableSuppression.Apply(t.Table, t.Threshold, t.Force);
        var reference = ReferenceSuppression.Apply(t.Table, t.Threshold, t.Force);
        for (var r = 0; r <= t.Table.Rows; r++)
        for (var c = 0; c <= t.Table.Columns; c++)
            if (published.At(r, c).Suppression != reference[r, c])
                return false;
        return true;
    }

    private static T[,] ToGrid<TIn, T>(TIn[] values, int rows, int columns, Func<TIn, T> map) =>
        ToGrid(values, rows, columns, (i, v) => map(v));

    private static T[,] ToGrid<TIn, T>(TIn[] values, int rows, int columns, Func<int, TIn, T> map)
    {
        var grid = new T[rows, columns];
        for (var i = 0; i < values.Length; i++) grid[i / columns, i % columns] = map(i, values[i]);
        return grid;
    }
}

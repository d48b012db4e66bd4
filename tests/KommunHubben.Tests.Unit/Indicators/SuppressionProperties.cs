using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KommunHubben.Domain.Indicators.Suppression;

namespace KommunHubben.Tests.Unit.Indicators;

/// <summary>
/// Suppression over many generated tables. "Recoverable" is checked with linear algebra written independently of the
/// production code (which reasons with cycles in a graph): a hidden cell can be worked out from the published
/// figures exactly when its unit vector lies in the row space of the equations "every row and column adds up to its
/// total", restricted to the hidden cells.
/// </summary>
public sealed class SuppressionProperties
{
    public sealed record TableCase(int[,] Counts, int Threshold)
    {
        public CountTable Table => new(
            Enumerable.Range(0, Counts.GetLength(0)).Select(r => $"r{r}").ToList(),
            Enumerable.Range(0, Counts.GetLength(1)).Select(c => $"c{c}").ToList(),
            Counts);

        public override string ToString() =>
            $"threshold {Threshold}: [{string.Join(" | ", Enumerable.Range(0, Counts.GetLength(0)).Select(r => string.Join(",", Enumerable.Range(0, Counts.GetLength(1)).Select(c => Counts[r, c]))))}]";
    }

    // Small counts often (that is where suppression happens), large ones sometimes.
    private static Gen<int> Counts => Gen.Frequency((3, Gen.Choose(0, 6)), (2, Gen.Choose(5, 40)), (1, Gen.Choose(0, 500)));

    private static Arbitrary<TableCase> Tables =>
        (from rows in Gen.Choose(1, 7)
         from columns in Gen.Choose(1, 5)
         from values in Gen.ArrayOf(Counts, rows * columns)
         from threshold in Gen.Frequency((3, Gen.Constant(5)), (1, Gen.Choose(1, 12)))
         select new TableCase(ToGrid(values, rows, columns), threshold)).ToArbitrary();

    private static int[,] ToGrid(int[] values, int rows, int columns)
    {
        var grid = new int[rows, columns];
        for (var i = 0; i < values.Length; i++) grid[i / columns, i % columns] = values[i];
        return grid;
    }

    private static Arbitrary<bool[,]> HiddenMasks =>
        (from rows in Gen.Choose(1, 9)
         from columns in Gen.Choose(1, 9)
         from cells in Gen.ArrayOf(Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true))), rows * columns)
         select ToMask(cells, rows, columns)).ToArbitrary();

    private static bool[,] ToMask(bool[] cells, int rows, int columns)
    {
        var mask = new bool[rows, columns];
        for (var i = 0; i < cells.Length; i++) mask[i / columns, i % columns] = cells[i];
        return mask;
    }

    /// <summary>The bridges the suppression keeps track of are exactly the cells the per-cell search finds.</summary>
    [Property(MaxTest = 400)]
    public Property All_recoverable_cells_at_once_are_those_found_one_by_one() =>
        Prop.ForAll(HiddenMasks, hidden =>
        {
            int rows = hidden.GetLength(0), columns = hidden.GetLength(1);
            var cycles = new HiddenCellCycles(rows, columns);
            for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++)
                if (hidden[r, c]) cycles.Hide(r, c);
            for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++)
                if (hidden[r, c] && cycles.IsBridge(r, c) != ReferenceBridges.IsRecoverable(hidden, r, c))
                    return false;
            return true;
        });

    [Property(MaxTest = 400)]
    public Property No_shown_cell_or_total_is_below_the_threshold() =>
        Prop.ForAll(Tables, t => TableSuppression.Apply(t.Table, t.Threshold).AllCells().All(c => c.IsSuppressed || c.Value >= t.Threshold));

    [Property(MaxTest = 400)]
    public Property Every_shown_figure_is_the_true_count_and_every_small_count_is_hidden() =>
        Prop.ForAll(Tables, t =>
        {
            var truth = t.Table.WithTotals();
            var published = TableSuppression.Apply(t.Table, t.Threshold);
            for (var r = 0; r <= t.Table.Rows; r++)
            for (var c = 0; c <= t.Table.Columns; c++)
            {
                var cell = published.At(r, c);
                if (truth[r, c] < t.Threshold && !cell.IsSuppressed) return false;
                if (!cell.IsSuppressed && cell.Value != truth[r, c]) return false;
                if (cell.IsSuppressed && cell.Value is not null) return false;
            }
            return true;
        });

    [Property(MaxTest = 400)]
    public Property No_hidden_cell_can_be_worked_out_from_the_row_and_column_totals() =>
        Prop.ForAll(Tables, t =>
        {
            var published = TableSuppression.Apply(t.Table, t.Threshold);
            var hidden = HiddenCells(published, t.Table.Rows + 1, t.Table.Columns + 1);
            return hidden.All(cell => !DeterminedByPublishedFigures(hidden, cell, t.Table.Rows + 1, t.Table.Columns + 1));
        });

    [Fact]
    public void A_single_small_cell_takes_a_partner_in_its_row_and_its_column_so_subtraction_gives_nothing()
    {
        //            women  men | total
        // unit A        12    3 |    15      ← 3 men is below 5: hidden (primary)
        // unit B        20   30 |    50
        // total         32   33 |    65
        // Men in A = 15 − 12 and = 33 − 30: so one more cell in A's row and in the men's column must go, and then
        // B's women (the fourth corner of the rectangle) so that B's row does not give B's men back.
        var table = new CountTable(["A", "B"], ["W", "M"], new[,] { { 12, 3 }, { 20, 30 } });
        var published = TableSuppression.Apply(table, 5);

        Assert.Equal(SuppressionReason.Primary, published[0, 1].Suppression);
        Assert.Equal(SuppressionReason.Secondary, published[0, 0].Suppression);
        Assert.Equal(SuppressionReason.Secondary, published[1, 1].Suppression);
        Assert.Equal(SuppressionReason.Secondary, published[1, 0].Suppression);
        // The totals stay: they are large and no longer give anything away.
        Assert.Equal(15, published.RowTotal(0).Value);
        Assert.Equal(50, published.RowTotal(1).Value);
        Assert.Equal(32, published.ColumnTotal(0).Value);
        Assert.Equal(65, published.GrandTotal.Value);
        Assert.Equal("–", published[0, 1].ToString());
    }

    [Fact]
    public void A_table_with_nothing_small_is_published_whole()
    {
        var published = TableSuppression.Apply(new CountTable(["A", "B"], ["W", "M"], new[,] { { 12, 7 }, { 20, 30 } }), 5);
        Assert.False(published.AnySuppressed);
        Assert.Equal(69, published.GrandTotal.Value);
    }

    [Fact]
    public void In_a_table_of_one_row_the_column_totals_are_the_cells_so_they_are_hidden_with_them()
    {
        var published = TableSuppression.Apply(new CountTable(["A"], ["W", "M"], new[,] { { 2, 40 } }), 5);
        Assert.True(published[0, 0].IsSuppressed);
        Assert.True(published.ColumnTotal(0).IsSuppressed);
        // 40 men = 42 total − 2 women, so the men (or the totals) go too.
        Assert.True(published[0, 1].IsSuppressed || published.RowTotal(0).IsSuppressed);
    }

    private static List<(int Row, int Column)> HiddenCells(SuppressedTable t, int rows, int columns) =>
        (from r in Enumerable.Range(0, rows) from c in Enumerable.Range(0, columns) where t.At(r, c).IsSuppressed select (r, c)).ToList();

    /// <summary>Rank test: is e_cell in the span of the line equations over the hidden cells?</summary>
    private static bool DeterminedByPublishedFigures(List<(int Row, int Column)> hidden, (int Row, int Column) cell, int rows, int columns)
    {
        var equations = new List<double[]>();
        // Row r: its cells minus its total (the last column) = 0; column c: its cells minus its total (the last row) = 0.
        // Only the hidden cells are unknowns; the shown ones move to the right-hand side.
        for (var r = 0; r < rows; r++) equations.Add(hidden.Select(h => h.Row != r ? 0.0 : h.Column == columns - 1 ? -1.0 : 1.0).ToArray());
        for (var c = 0; c < columns; c++) equations.Add(hidden.Select(h => h.Column != c ? 0.0 : h.Row == rows - 1 ? -1.0 : 1.0).ToArray());
        var withCell = equations.Append(hidden.Select(h => h == cell ? 1.0 : 0.0).ToArray()).ToList();
        return Rank(withCell) == Rank(equations);
    }

    private static int Rank(List<double[]> matrix)
    {
        var m = matrix.Select(row => (double[])row.Clone()).ToArray();
        if (m.Length == 0) return 0;
        int rank = 0, width = m[0].Length;
        for (var col = 0; col < width && rank < m.Length; col++)
        {
            var pivot = Enumerable.Range(rank, m.Length - rank).OrderByDescending(i => Math.Abs(m[i][col])).First();
            if (Math.Abs(m[pivot][col]) < 1e-9) continue;
            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            for (var i = 0; i < m.Length; i++)
            {
                if (i == rank) continue;
                var f = m[i][col] / m[rank][col];
                for (var j = col; j < width; j++) m[i][j] -= f * m[rank][j];
            }
            rank++;
        }
        return rank;
    }
}

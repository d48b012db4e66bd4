namespace KommunHubben.Domain.Indicators.Suppression;

/// <summary>
/// Statistical disclosure control for published tables (docs/domain.md: figures for a group smaller than a threshold are
/// suppressed, also where they could be recovered from a total).
/// <para>
/// <b>Primary suppression:</b> every count below the threshold (zero included: "nobody in this group got work" is
/// about every person in the group), plus any cell the caller forces (e.g. a share's complement being small).
/// </para>
/// <para>
/// <b>Secondary suppression:</b> the table with its totals is treated as a grid in which every row and every column
/// adds up (the totals counted with opposite sign). The hidden cells are edges of a bipartite graph between row lines
/// and column lines; a hidden cell can be worked out exactly from the shown figures if and only if its edge is a
/// bridge of that graph (lies on no cycle). So while some hidden cell is a bridge, the cheapest path of cells
/// closing a cycle through it is hidden as well — cheapest meaning the smallest counts, inner cells before totals,
/// the grand total last. Each path removes at least one bridge and creates none, so it ends.
/// </para>
/// The guarantee is against exact recovery from the published margins; it does not widen the interval an attacker
/// could bound a hidden value in (counts are known to be non-negative).
/// </summary>
public static class TableSuppression
{
    public const int DefaultThreshold = 5;

    /// <param name="forcePrimary">Optional, sized (Rows+1) × (Columns+1) like <see cref="CountTable.WithTotals"/>:
    /// cells to hide regardless of their own size.</param>
    public static SuppressedTable Apply(CountTable table, int threshold, bool[,]? forcePrimary = null)
    {
        if (threshold < 1) throw new ArgumentOutOfRangeException(nameof(threshold), "The threshold must be at least 1.");
        var values = table.WithTotals();
        int rows = table.Rows + 1, columns = table.Columns + 1;
        if (forcePrimary is not null && (forcePrimary.GetLength(0) != rows || forcePrimary.GetLength(1) != columns))
            throw new ArgumentException("forcePrimary must include the totals row and column.", nameof(forcePrimary));

        var reason = new SuppressionReason[rows, columns];
        for (var r = 0; r < rows; r++)
        for (var c = 0; c < columns; c++)
            if (values[r, c] < threshold || forcePrimary?[r, c] == true)
                reason[r, c] = SuppressionReason.Primary;

        if (table.Rows > 0 && table.Columns > 0)
            HideUntilNothingIsRecoverable(values, reason, rows, columns);

        var grid = new Cell[rows, columns];
        for (var r = 0; r < rows; r++)
        for (var c = 0; c < columns; c++)
            grid[r, c] = reason[r, c] == SuppressionReason.None ? Cell.Shown(values[r, c]) : Cell.Hidden(reason[r, c]);
        return new SuppressedTable(table.RowKeys, table.ColumnKeys, grid, threshold);
    }

    /// <summary>
    /// Hides the cheapest closing path (<see cref="ClosingPaths"/>) of every hidden cell that is still a bridge, in row
    /// order. Hiding more cells only adds cycles, so it never makes a new bridge, and a path's own cells lie on the
    /// cycle it closes: the cells to look at are those hidden at the start, each either closed by an earlier path by
    /// then or closed now.
    /// </summary>
    private static void HideUntilNothingIsRecoverable(int[,] values, SuppressionReason[,] reason, int rows, int columns)
    {
        var hidden = new bool[rows, columns];
        var cycles = new HiddenCellCycles(rows, columns);
        for (var r = 0; r < rows; r++)
        for (var c = 0; c < columns; c++)
            if (reason[r, c] != SuppressionReason.None)
            {
                hidden[r, c] = true;
                cycles.Hide(r, c);
            }

        var links = new CheapestLinks(values, hidden);
        var paths = new ClosingPaths(links, columns);
        for (var r = 0; r < rows; r++)
        for (var c = 0; c < columns; c++)
        {
            if (!hidden[r, c] || !cycles.IsBridge(r, c)) continue;
            foreach (var (pr, pc) in paths.Find(r, c))
            {
                if (hidden[pr, pc]) continue;
                hidden[pr, pc] = true;
                reason[pr, pc] = SuppressionReason.Secondary;
                links.Hide(pr, pc);
                cycles.Hide(pr, pc);
            }
        }
    }
}

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

    /// <summary>True when the hidden cell (row, column) of the grid lies on no cycle of hidden cells, i.e. it could be
    /// worked out from the shown figures. Public so tests and callers can check a published pattern.</summary>
    public static bool IsRecoverable(bool[,] hidden, int row, int column)
    {
        if (!hidden[row, column]) return true;
        int rows = hidden.GetLength(0), columns = hidden.GetLength(1);
        // Is column-node `column` reachable from row-node `row` without the edge (row, column)?
        var seenRows = new bool[rows];
        var seenColumns = new bool[columns];
        var queue = new Queue<(bool IsRow, int Index)>();
        seenRows[row] = true;
        queue.Enqueue((true, row));
        while (queue.Count > 0)
        {
            var (isRow, index) = queue.Dequeue();
            if (isRow)
            {
                for (var c = 0; c < columns; c++)
                {
                    if (!hidden[index, c] || seenColumns[c] || (index == row && c == column)) continue;
                    if (c == column) return false;
                    seenColumns[c] = true;
                    queue.Enqueue((false, c));
                }
            }
            else
            {
                for (var r = 0; r < rows; r++)
                {
                    if (!hidden[r, index] || seenRows[r] || (r == row && index == column)) continue;
                    seenRows[r] = true;
                    queue.Enqueue((true, r));
                }
            }
        }
        return true;
    }

    /// <summary>
    /// Hides the cheapest closing path of every bridge, in row order. The bridges are found once: hiding more cells
    /// only adds cycles, so it never makes a new bridge (and the path's own cells lie on the cycle it closes) — each
    /// bridge in the first list is either closed by an earlier path by then, or still a bridge and closed now. The
    /// result is the same as searching for the first bridge again after every path, without a search per round.
    /// </summary>
    private static void HideUntilNothingIsRecoverable(int[,] values, SuppressionReason[,] reason, int rows, int columns)
    {
        var hidden = HiddenMask(reason, rows, columns);
        var bridges = RecoverableHiddenCells(hidden);
        for (var r = 0; r < rows; r++)
        for (var c = 0; c < columns; c++)
        {
            if (!bridges[r, c] || !IsRecoverable(hidden, r, c)) continue;
            foreach (var (pr, pc) in CheapestClosingPath(values, hidden, rows, columns, r, c))
            {
                if (reason[pr, pc] == SuppressionReason.None) reason[pr, pc] = SuppressionReason.Secondary;
                hidden[pr, pc] = true;
            }
        }
    }

    private static bool[,] HiddenMask(SuppressionReason[,] reason, int rows, int columns)
    {
        var hidden = new bool[rows, columns];
        for (var r = 0; r < rows; r++)
        for (var c = 0; c < columns; c++)
            hidden[r, c] = reason[r, c] != SuppressionReason.None;
        return hidden;
    }

    /// <summary>
    /// Every hidden cell that could be worked out from the shown figures (<see cref="IsRecoverable"/> for all cells at
    /// once): Tarjan's bridge finding over the bipartite graph whose nodes are the row lines (0..rows-1) and column lines
    /// (rows..rows+columns-1) and whose edges are the hidden cells; iterative, so a table of any size cannot overflow
    /// the stack. Between a row and a column there is at most one cell, so skipping the edge a node was reached by is
    /// enough.
    /// </summary>
    public static bool[,] RecoverableHiddenCells(bool[,] hidden)
    {
        int rows = hidden.GetLength(0), columns = hidden.GetLength(1);
        var nodes = rows + columns;
        var neighbours = new List<int>[nodes];
        for (var n = 0; n < nodes; n++) neighbours[n] = [];
        for (var r = 0; r < rows; r++)
        for (var c = 0; c < columns; c++)
            if (hidden[r, c])
            {
                neighbours[r].Add(rows + c);
                neighbours[rows + c].Add(r);
            }

        var bridges = new bool[rows, columns];
        var discovered = new int[nodes];
        var low = new int[nodes];
        var parent = new int[nodes];
        var next = new int[nodes]; // index of the next neighbour to visit
        var time = 0;
        var stack = new Stack<int>();
        for (var root = 0; root < nodes; root++)
        {
            if (discovered[root] != 0) continue;
            discovered[root] = low[root] = ++time;
            parent[root] = -1;
            stack.Push(root);
            while (stack.Count > 0)
            {
                var u = stack.Peek();
                if (next[u] < neighbours[u].Count)
                {
                    var v = neighbours[u][next[u]++];
                    if (v == parent[u]) continue;
                    if (discovered[v] == 0)
                    {
                        discovered[v] = low[v] = ++time;
                        parent[v] = u;
                        stack.Push(v);
                    }
                    else low[u] = Math.Min(low[u], discovered[v]);
                    continue;
                }
                stack.Pop();
                var p = parent[u];
                if (p < 0) continue;
                low[p] = Math.Min(low[p], low[u]);
                if (low[u] > discovered[p])
                {
                    var (r, c) = p < rows ? (p, u - rows) : (u, p - rows);
                    bridges[r, c] = true;
                }
            }
        }
        return bridges;
    }

    /// <summary>
    /// Dijkstra over the complete bipartite graph of row and column lines, from column-node <paramref name="column"/>
    /// to row-node <paramref name="row"/>, not using the edge (row, column). Hidden cells cost nothing, shown cells
    /// cost their count (inner cells cheapest, then totals, the grand total dearest). Returns the path's cells.
    /// </summary>
    private static List<(int Row, int Column)> CheapestClosingPath(int[,] values, bool[,] hidden, int rows, int columns, int row, int column)
    {
        // Nodes 0..rows-1 are row lines, rows..rows+columns-1 column lines.
        var nodes = rows + columns;
        var distance = Enumerable.Repeat(double.PositiveInfinity, nodes).ToArray();
        var previous = Enumerable.Repeat(-1, nodes).ToArray();
        var done = new bool[nodes];
        var start = rows + column;
        distance[start] = 0;
        // A heap instead of scanning every node for the nearest: a national table has thousands of lines and, with
        // many small counts, thousands of rounds. Ties go to the lowest node number, as a scan in node order would.
        var frontier = new PriorityQueue<int, (double Distance, int Node)>();
        frontier.Enqueue(start, (0, start));
        while (frontier.TryDequeue(out var u, out var key))
        {
            if (done[u] || key.Distance > distance[u]) continue; // an outdated entry
            done[u] = true;
            if (u == row) break;
            if (u < rows)
            {
                for (var c = 0; c < columns; c++) Relax(u, rows + c, u, c);
            }
            else
            {
                for (var r = 0; r < rows; r++) Relax(u, r, r, u - rows);
            }
        }

        var path = new List<(int, int)>();
        for (var n = row; n != start; n = previous[n])
        {
            var p = previous[n];
            path.Add(n < rows ? (n, p - rows) : (p, n - rows));
        }
        return path;

        void Relax(int from, int to, int r, int c)
        {
            if (r == row && c == column) return;
            var cost = hidden[r, c] ? 0 : Cost(values[r, c], r == rows - 1, c == columns - 1);
            if (distance[from] + cost < distance[to])
            {
                distance[to] = distance[from] + cost;
                previous[to] = from;
                frontier.Enqueue(to, (distance[to], to));
            }
        }
    }

    private static double Cost(int value, bool totalsRow, bool totalsColumn) =>
        1 + value + (totalsRow || totalsColumn ? 1e6 : 0) + (totalsRow && totalsColumn ? 1e9 : 0);
}

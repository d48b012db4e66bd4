using KommunHubben.Domain.Indicators.Suppression;

namespace KommunHubben.Tests.Unit.Indicators;

/// <summary>
/// The secondary suppression as it was before the search shrank to the columns (git history: TableSuppression.cs up
/// to 2026-12-05), kept verbatim as the reference the product must publish the same tables as: one Dijkstra over
/// every row and column line per hidden cell that could be worked out. Returns why each cell of the grid with totals
/// is hidden (None = shown).
/// </summary>
internal static class ReferenceSuppression
{
    public static SuppressionReason[,] Apply(CountTable table, int threshold, bool[,]? forcePrimary = null)
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

        return reason;
    }

    private static void HideUntilNothingIsRecoverable(int[,] values, SuppressionReason[,] reason, int rows, int columns)
    {
        var hidden = HiddenMask(reason, rows, columns);
        var bridges = ReferenceBridges.RecoverableHiddenCells(hidden);
        for (var r = 0; r < rows; r++)
        for (var c = 0; c < columns; c++)
        {
            if (!bridges[r, c] || !ReferenceBridges.IsRecoverable(hidden, r, c)) continue;
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

namespace KommunHubben.Tests.Unit.Indicators;

/// <summary>
/// Which hidden cells of a grid could be worked out from the shown figures, the way the suppression decided it before
/// the search shrank to the columns: a breadth-first search per cell, and Tarjan's bridges for all cells at once.
/// </summary>
internal static class ReferenceBridges
{
    /// <summary>True when the hidden cell (row, column) of the grid lies on no cycle of hidden cells.</summary>
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

    /// <summary>Every hidden cell on no cycle at once: Tarjan's bridge finding, iterative.</summary>
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
}

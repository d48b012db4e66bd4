namespace KommunHubben.Domain.Indicators.Suppression;

/// <summary>
/// The cheapest path of cells that closes a cycle through a hidden cell (row t, column s): from column line s through
/// rows and columns to row line t, not using the cell itself. It is Dijkstra over the complete bipartite graph of row
/// and column lines, taking ties to the lowest line number (rows before columns) — but computed over the columns only:
/// between two columns the path passes one row, and the cheapest such row per pair is kept in
/// <see cref="CheapestLinks"/>, so a search costs columns² lookups instead of a visit to every row.
/// <para>
/// Which of several equally cheap paths is taken is part of the published table, so the tie rules of the search over
/// every row are kept exactly (a test compares the two on generated tables). That search finishes the columns in
/// order of (distance, column); a column's predecessor is the first finished row that reaches it at its distance, and
/// rows finish in order of distance, then the rows a column reaches at its own distance through a hidden cell after
/// those reached before it, then row number. <see cref="PreviousRow"/> and <see cref="PreviousColumn"/> read those
/// rules off the cheapest links.
/// </para>
/// </summary>
internal sealed class ClosingPaths(CheapestLinks links, int columns)
{
    private const long Unreached = long.MaxValue;
    private readonly long[] _distance = new long[columns];
    private readonly int[] _position = new int[columns]; // when the column was finished; -1 = not yet
    private readonly int[] _finished = new int[columns];
    private readonly int[] _linkRow = new int[columns * columns]; // cheapest link a → c, asked when a finished

    /// <summary>The cells to hide so that (row, column) lies on a cycle of hidden cells.</summary>
    public List<(int Row, int Column)> Find(int row, int column)
    {
        Array.Fill(_distance, Unreached);
        Array.Fill(_position, -1);
        Array.Fill(_linkRow, -1);
        long targetDistance = Unreached;
        int targetPrevious = -1, finished = 0, current = column;
        _distance[column] = 0;
        while (true)
        {
            _position[current] = finished;
            _finished[finished++] = current;
            if (current != column && _distance[current] + links.Cost(row, current) < targetDistance)
            {
                targetDistance = _distance[current] + links.Cost(row, current);
                targetPrevious = current;
            }
            for (var c = 0; c < columns; c++)
            {
                if (_position[c] >= 0) continue;
                var r = _linkRow[current * columns + c] = links.Cheapest(current, c, except: row);
                if (r >= 0) _distance[c] = Math.Min(_distance[c], _distance[current] + links.Cost(r, current) + links.Cost(r, c));
            }
            var next = -1;
            for (var c = 0; c < columns; c++)
                if (_position[c] < 0 && _distance[c] != Unreached && (next < 0 || _distance[c] < _distance[next]))
                    next = c;
            // The target row finishes before any column at the same distance (row lines come first).
            if (next < 0 || targetDistance <= _distance[next]) break;
            current = next;
        }
        if (targetPrevious < 0) throw new InvalidOperationException("A grid of at least two rows and two columns always closes.");

        var path = new List<(int, int)> { (row, targetPrevious) };
        for (var c = targetPrevious; c != column;)
        {
            var r = PreviousRow(c);
            var a = PreviousColumn(r, c);
            path.Add((r, c));
            path.Add((r, a));
            c = a;
        }
        return path;
    }

    /// <summary>
    /// The row through which column c was reached: of the columns a finished before c whose cheapest link reaches c at
    /// its distance, the rows reached earliest (smallest distance from a); among those, rows a reached through a shown
    /// cell come before rows reached at a's own distance (a hidden cell) and then by row number, while rows reached
    /// through hidden cells only come by the order their column finished.
    /// </summary>
    private int PreviousRow(int c)
    {
        var rowDistance = Unreached;
        for (var i = 0; i < _position[c]; i++)
            if (Tight(_finished[i], c, out var r)) rowDistance = Math.Min(rowDistance, _distance[_finished[i]] + links.Cost(r, _finished[i]));
        int throughShown = -1, throughHidden = -1;
        for (var i = 0; i < _position[c]; i++)
        {
            var a = _finished[i];
            if (!Tight(a, c, out var r) || _distance[a] + links.Cost(r, a) != rowDistance) continue;
            if (links.Cost(r, a) > 0) throughShown = throughShown < 0 ? r : Math.Min(throughShown, r);
            else if (throughHidden < 0) throughHidden = r;
        }
        return throughShown >= 0 ? throughShown : throughHidden;
    }

    private bool Tight(int a, int c, out int row)
    {
        row = _linkRow[a * columns + c];
        return row >= 0 && _distance[a] + links.Cost(row, a) + links.Cost(row, c) == _distance[c];
    }

    /// <summary>The column a row was reached from: the first finished (before c) that reaches it at its distance.</summary>
    private int PreviousColumn(int row, int c)
    {
        int best = -1;
        for (var i = 0; i < _position[c]; i++)
        {
            var a = _finished[i];
            if (best < 0 || _distance[a] + links.Cost(row, a) < _distance[best] + links.Cost(row, best)) best = a;
        }
        return best;
    }
}

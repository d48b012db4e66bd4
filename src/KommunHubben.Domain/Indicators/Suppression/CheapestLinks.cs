namespace KommunHubben.Domain.Indicators.Suppression;

/// <summary>
/// What hiding costs, cell by cell, and for every ordered pair of columns (a, c) the row that links them most cheaply:
/// a closing path goes from column to column through rows, and through a row r it hides (r, a) and (r, c). Kept as one
/// tournament tree over the rows per pair, ordered by (cost(r,a) + cost(r,c), cost(r,a), r) — the cheapest link, then
/// the one reached first from a, then the first row, which is the order a search over every row would meet them in —
/// and updated as cells are hidden. So a search asks a handful of pairs instead of visiting every row.
/// </summary>
internal sealed class CheapestLinks
{
    private readonly int _rows, _columns, _leaves;
    private readonly long[] _cost;
    private readonly int[]?[] _trees; // per pair a * columns + c, built when first asked; -1 = no row

    public CheapestLinks(int[,] values, bool[,] hidden)
    {
        _rows = values.GetLength(0);
        _columns = values.GetLength(1);
        _cost = new long[_rows * _columns];
        for (var r = 0; r < _rows; r++)
        for (var c = 0; c < _columns; c++)
            _cost[r * _columns + c] = hidden[r, c] ? 0 : CostOfShowing(values[r, c], r == _rows - 1, c == _columns - 1);
        _leaves = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)_rows);
        _trees = new int[]?[_columns * _columns];
    }

    /// <summary>Hidden cells cost nothing more; a shown cell costs its count, inner cells cheapest, then totals, the
    /// grand total dearest (exact in a long, as the sums of a few such figures always are).</summary>
    public static long CostOfShowing(int value, bool totalsRow, bool totalsColumn) =>
        1L + value + (totalsRow || totalsColumn ? 1_000_000L : 0) + (totalsRow && totalsColumn ? 1_000_000_000L : 0);

    public long Cost(int row, int column) => _cost[row * _columns + column];

    public void Hide(int row, int column)
    {
        _cost[row * _columns + column] = 0;
        for (var other = 0; other < _columns; other++)
        {
            if (other == column) continue;
            Update(column * _columns + other, row);
            Update(other * _columns + column, row);
        }
    }

    /// <summary>The cheapest row linking column <paramref name="from"/> to column <paramref name="to"/>, other than
    /// <paramref name="except"/>; -1 when there is none.</summary>
    public int Cheapest(int from, int to, int except)
    {
        var pair = from * _columns + to;
        var tree = _trees[pair] ??= Build(pair);
        return Better(pair, Cheapest(pair, tree, 0, except), Cheapest(pair, tree, except + 1, _rows));
    }

    /// <summary>The best row in [first, end).</summary>
    private int Cheapest(int pair, int[] tree, int first, int end)
    {
        var best = -1;
        for (int l = first + _leaves, r = end + _leaves; l < r; l >>= 1, r >>= 1)
        {
            if ((l & 1) == 1) best = Better(pair, best, tree[l++]);
            if ((r & 1) == 1) best = Better(pair, best, tree[--r]);
        }
        return best;
    }

    private int[] Build(int pair)
    {
        var tree = new int[2 * _leaves];
        for (var i = 0; i < _leaves; i++) tree[_leaves + i] = i < _rows ? i : -1;
        for (var i = _leaves - 1; i > 0; i--) tree[i] = Better(pair, tree[2 * i], tree[2 * i + 1]);
        return tree;
    }

    private void Update(int pair, int row)
    {
        if (_trees[pair] is not { } tree) return;
        for (var i = (row + _leaves) >> 1; i > 0; i >>= 1) tree[i] = Better(pair, tree[2 * i], tree[2 * i + 1]);
    }

    private int Better(int pair, int x, int y)
    {
        if (x < 0) return y;
        if (y < 0) return x;
        int from = pair / _columns, to = pair % _columns;
        long fromX = Cost(x, from), fromY = Cost(y, from);
        long linkX = fromX + Cost(x, to), linkY = fromY + Cost(y, to);
        if (linkX != linkY) return linkX < linkY ? x : y;
        if (fromX != fromY) return fromX < fromY ? x : y;
        return x < y ? x : y;
    }
}

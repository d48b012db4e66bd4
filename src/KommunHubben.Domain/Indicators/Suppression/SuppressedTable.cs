namespace KommunHubben.Domain.Indicators.Suppression;

/// <summary>
/// A <see cref="CountTable"/> ready to publish: every cell, row total, column total and the grand total either shown
/// or hidden with its reason. Built only by <see cref="TableSuppression"/>, so a hidden value never travels further.
/// </summary>
public sealed class SuppressedTable
{
    private readonly Cell[,] _grid;

    internal SuppressedTable(IReadOnlyList<string> rowKeys, IReadOnlyList<string> columnKeys, Cell[,] grid, int threshold)
    {
        RowKeys = rowKeys;
        ColumnKeys = columnKeys;
        _grid = grid;
        Threshold = threshold;
    }

    public IReadOnlyList<string> RowKeys { get; }
    public IReadOnlyList<string> ColumnKeys { get; }
    public int Threshold { get; }
    public int Rows => RowKeys.Count;
    public int Columns => ColumnKeys.Count;

    public Cell this[int row, int column] => _grid[row, column];
    public Cell RowTotal(int row) => _grid[row, Columns];
    public Cell ColumnTotal(int column) => _grid[Rows, column];
    public Cell GrandTotal => _grid[Rows, Columns];

    /// <summary>The grid including totals (last row: column totals, last column: row totals).</summary>
    public Cell At(int row, int column) => _grid[row, column];

    public int RowIndex(string key) => RowKeys.ToList().IndexOf(key);
    public int ColumnIndex(string key) => ColumnKeys.ToList().IndexOf(key);

    public IEnumerable<Cell> AllCells()
    {
        foreach (var cell in _grid) yield return cell;
    }

    public bool AnySuppressed => AllCells().Any(c => c.IsSuppressed);
}

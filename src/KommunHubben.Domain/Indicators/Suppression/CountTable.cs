namespace KommunHubben.Domain.Indicators.Suppression;

/// <summary>
/// A two-way frequency table: counts per row group and column (e.g. unit × gender), before suppression. Row, column
/// and grand totals are derived, so they always add up.
/// </summary>
public sealed class CountTable
{
    private readonly int[,] _counts;

    public CountTable(IReadOnlyList<string> rowKeys, IReadOnlyList<string> columnKeys, int[,] counts)
    {
        if (counts.GetLength(0) != rowKeys.Count || counts.GetLength(1) != columnKeys.Count)
            throw new ArgumentException("The counts must have one row per row key and one column per column key.", nameof(counts));
        foreach (var n in counts)
            if (n < 0) throw new ArgumentException("Counts cannot be negative.", nameof(counts));
        RowKeys = rowKeys;
        ColumnKeys = columnKeys;
        _counts = (int[,])counts.Clone();
    }

    public IReadOnlyList<string> RowKeys { get; }
    public IReadOnlyList<string> ColumnKeys { get; }
    public int Rows => RowKeys.Count;
    public int Columns => ColumnKeys.Count;

    public int this[int row, int column] => _counts[row, column];

    public int RowTotal(int row) => Enumerable.Range(0, Columns).Sum(c => _counts[row, c]);
    public int ColumnTotal(int column) => Enumerable.Range(0, Rows).Sum(r => _counts[r, column]);
    public int GrandTotal => Enumerable.Range(0, Rows).Sum(RowTotal);

    /// <summary>
    /// The table with its totals as one (Rows+1) × (Columns+1) grid: the last row holds the column totals, the last
    /// column the row totals, the corner the grand total.
    /// </summary>
    public int[,] WithTotals()
    {
        var grid = new int[Rows + 1, Columns + 1];
        for (var r = 0; r < Rows; r++)
        for (var c = 0; c < Columns; c++)
            grid[r, c] = _counts[r, c];
        for (var r = 0; r < Rows; r++) grid[r, Columns] = RowTotal(r);
        for (var c = 0; c < Columns; c++) grid[Rows, c] = ColumnTotal(c);
        grid[Rows, Columns] = GrandTotal;
        return grid;
    }
}

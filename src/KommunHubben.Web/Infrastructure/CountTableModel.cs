using KommunHubben.Reporting.Export;

namespace KommunHubben.Web.Infrastructure;

/// <summary>One suppressed count table for Pages/Coordinator/_CountTable: the published view (null = hidden), its
/// caption, and how row and column keys read for people.</summary>
public sealed record CountTableModel(
    string Id, string Caption, TableView Table, string RowHeader, Func<string, string> RowLabel, Func<string, string> ColumnLabel);

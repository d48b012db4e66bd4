namespace KommunHubben.Domain.Indicators;

/// <summary>
/// Periods are Stockholm calendar periods: a case closed at 23:30 UTC on 31 March counts in April. Keys sort in time
/// order as text ("2025-03", "2025-Q1", "2025").
/// </summary>
public static class ReportingPeriod
{
    private static readonly TimeZoneInfo Stockholm = Calendar.WorkingDayCalendar.StockholmTimeZone;

    public static DateOnly LocalDate(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Stockholm));

    public static int Year(DateTime utc) => LocalDate(utc).Year;

    public static string MonthKey(DateTime utc) => MonthKey(LocalDate(utc));

    public static string MonthKey(DateOnly local) => local.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    public static string QuarterKey(DateTime utc) => QuarterKey(LocalDate(utc));

    public static string QuarterKey(DateOnly local) => $"{local.Year}-Q{(local.Month - 1) / 3 + 1}";

    public static string YearKey(DateTime utc) => YearKey(LocalDate(utc));

    public static string YearKey(DateOnly local) => local.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The UTC instants at which Stockholm periods of <paramref name="months"/> months (1, 3 or 12, aligned to the
    /// calendar year) begin, from the period holding <paramref name="fromUtc"/> up to the first start after
    /// <paramref name="toUtc"/>: every instant in the range lies between two of them, in the period the first begins.
    /// </summary>
    public static IReadOnlyList<DateTime> Starts(DateTime fromUtc, DateTime toUtc, int months)
    {
        var first = LocalDate(fromUtc);
        var local = new DateOnly(first.Year, (first.Month - 1) / months * months + 1, 1);
        var starts = new List<DateTime>();
        DateTime start;
        do
        {
            start = TimeZoneInfo.ConvertTimeToUtc(local.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Stockholm);
            starts.Add(start);
            local = local.AddMonths(months);
        }
        while (start <= toUtc);
        return starts;
    }
}

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
}

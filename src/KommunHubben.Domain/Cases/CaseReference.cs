using System.Text.RegularExpressions;
using KommunHubben.Domain.Calendar;

namespace KommunHubben.Domain.Cases;

/// <summary>
/// The case's human reference (ärendenummer), quoted in every contact: <c>KH-2026-000123</c> — the Stockholm year of
/// submission and a number that counts up from 1 each year.
/// </summary>
public static partial class CaseReference
{
    public const int MaxLength = 16;

    public static string Format(int year, int number) => $"KH-{year}-{number:D6}";

    /// <summary>The year a case submitted at this instant is numbered in (Stockholm's calendar, not UTC's).</summary>
    public static int YearOf(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), WorkingDayCalendar.StockholmTimeZone).Year;

    /// <summary>Reads what a person typed ("kh-2026-123", " KH-2026-000123 ") as a reference, or null.</summary>
    public static string? Parse(string? typed)
    {
        var match = Pattern().Match(typed?.Trim() ?? "");
        return match.Success && int.TryParse(match.Groups[2].Value, out var number) && number > 0
            ? Format(int.Parse(match.Groups[1].Value), number)
            : null;
    }

    [GeneratedRegex(@"^(?:KH)?-?\s*(\d{4})-(\d{1,6})$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}

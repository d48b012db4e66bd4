using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace KommunHubben.Domain.Calendar;

/// <summary>
/// The Swedish public holidays (allmänna helgdagar, lag (1989:253) om allmänna helgdagar), computed rather than
/// looked up: no holiday package is available here, and every date follows from fixed dates, Easter, or a
/// "the Saturday between" rule.
/// <para>
/// Only the named holidays are listed. The law also makes every Sunday a helgdag, but Sundays are never working days
/// anyway, so the calendar handles them as weekend. Eves (midsommarafton, julafton, nyårsafton) are NOT public
/// holidays; whether they are days off is a configurable choice in <see cref="WorkingDayCalendarOptions"/>.
/// </para>
/// </summary>
public static class SwedishHolidays
{
    /// <summary>
    /// The first year the current list applies to: from 2005 Sveriges nationaldag (6 June) replaced annandag pingst.
    /// Earlier years are refused rather than answered with today's list, which would be silently wrong for them.
    /// </summary>
    public const int FirstSupportedYear = 2005;

    /// <summary>The last year <see cref="DateOnly"/> can represent.</summary>
    public const int LastSupportedYear = 9999;

    // The first year of the Gregorian calendar; the Easter algorithm below is defined from then on.
    private const int FirstGregorianYear = 1583;

    // IsPublicHoliday is called for every day a working-day loop passes, so each year's dates are built once.
    // At most one entry per year, so the cache stays small.
    private static readonly ConcurrentDictionary<int, FrozenSet<DateOnly>> DatesByYear = new();

    /// <summary>
    /// The public holidays of <paramref name="year"/>, in date order, with their Swedish names.
    /// Always 13 entries; two can share a date (Kristi himmelsfärdsdag falls on 1 May when Easter is 23 March,
    /// pingstdagen on 6 June when Easter is 18 April). Both are kept, since each is a holiday in its own right.
    /// </summary>
    public static IReadOnlyList<(DateOnly Date, string Name)> For(int year)
    {
        if (year is < FirstSupportedYear or > LastSupportedYear)
            throw new ArgumentOutOfRangeException(nameof(year), year,
                $"Swedish public holidays are computed for {FirstSupportedYear}–{LastSupportedYear} only: before {FirstSupportedYear} the list was different (annandag pingst, no nationaldag).");

        var easter = EasterSunday(year);
        (DateOnly Date, string Name)[] holidays =
        [
            (new DateOnly(year, 1, 1), "Nyårsdagen"),
            (new DateOnly(year, 1, 6), "Trettondedag jul"),
            (easter.AddDays(-2), "Långfredagen"),
            (easter, "Påskdagen"),
            (easter.AddDays(1), "Annandag påsk"),
            (new DateOnly(year, 5, 1), "Första maj"),
            (easter.AddDays(39), "Kristi himmelsfärdsdag"),
            (easter.AddDays(49), "Pingstdagen"),
            (new DateOnly(year, 6, 6), "Sveriges nationaldag"),
            (MidsummerDay(year), "Midsommardagen"),
            (AllSaintsDay(year), "Alla helgons dag"),
            (new DateOnly(year, 12, 25), "Juldagen"),
            (new DateOnly(year, 12, 26), "Annandag jul"),
        ];

        // OrderBy is stable, so two holidays on the same date keep the order above.
        return holidays.OrderBy(h => h.Date).ToArray().AsReadOnly();
    }

    /// <summary>Whether <paramref name="date"/> is one of the named public holidays (Sundays as such are not counted).</summary>
    public static bool IsPublicHoliday(DateOnly date) =>
        DatesByYear.GetOrAdd(date.Year, static year => For(year).Select(h => h.Date).ToFrozenSet()).Contains(date);

    /// <summary>
    /// Easter Sunday in the Gregorian calendar (the date the Church of Sweden uses), by the anonymous Gregorian
    /// algorithm as given by Meeus (Jones/Butcher). Pure integer arithmetic, valid for every Gregorian year.
    /// </summary>
    public static DateOnly EasterSunday(int year)
    {
        if (year is < FirstGregorianYear or > LastSupportedYear)
            throw new ArgumentOutOfRangeException(nameof(year), year,
                $"Easter is computed for Gregorian years {FirstGregorianYear}–{LastSupportedYear} only.");

        var a = year % 19;              // position in the 19-year Metonic (golden number) cycle
        var b = year / 100;             // century
        var c = year % 100;             // year within the century
        var d = b / 4;                  // Gregorian leap-century correction...
        var e = b % 4;
        var f = (b + 8) / 25;           // ...and the lunar (Metonic) correction
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;   // days from 21 March to the Paschal full moon (epact)
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;   // days from the full moon to the following Sunday
        var m = (a + (11 * h) + (22 * l)) / 451;         // rare correction that keeps Easter on or before 25 April
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>Midsommardagen: the Saturday from 20 to 26 June.</summary>
    internal static DateOnly MidsummerDay(int year) => SaturdayOnOrAfter(new DateOnly(year, 6, 20));

    /// <summary>Alla helgons dag: the Saturday from 31 October to 6 November.</summary>
    internal static DateOnly AllSaintsDay(int year) => SaturdayOnOrAfter(new DateOnly(year, 10, 31));

    // Both "Saturday between X and X+6" rules are the first Saturday on or after X: a 7-day window holds exactly one.
    private static DateOnly SaturdayOnOrAfter(DateOnly first) =>
        first.AddDays(((int)DayOfWeek.Saturday - (int)first.DayOfWeek + 7) % 7);
}

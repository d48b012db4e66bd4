using System.Collections.Frozen;

namespace KommunHubben.Domain.Calendar;

/// <summary>
/// Working days in Sweden: Monday to Friday, except public holidays (<see cref="SwedishHolidays"/>) and the days off
/// configured in <see cref="WorkingDayCalendarOptions"/>. Used for deadlines such as "3 working days after submission".
/// <para>
/// Counting convention (the Swedish way of counting time limits: the day of the event itself does not count):
/// adding n &gt; 0 working days gives the n-th working day strictly after the start, so counting starts the day after
/// the start whether or not the start is a working day (Saturday + 1 = Monday, Friday + 1 = Monday).
/// Adding 0 gives the start if it is a working day, otherwise the next working day, so "+ 0" always lands on a
/// working day (and Saturday + 0 = Saturday + 1 = Monday). <see cref="WorkingDaysBetween"/> is the inverse:
/// for n &gt; 0, WorkingDaysBetween(d, AddWorkingDays(d, n)) == n.
/// </para>
/// Immutable after construction and safe to share as a singleton.
/// </summary>
public sealed class WorkingDayCalendar(WorkingDayCalendarOptions options)
{
    /// <summary>
    /// The time of day a deadline clock starts at when the start instant falls outside a working day (assumed):
    /// the start of a normal office day, so work submitted at the weekend gets the full number of working days.
    /// </summary>
    public static readonly TimeOnly ClockStartOnNonWorkingDay = new(8, 0);

    private readonly bool midsummerEveIsClosed = (options ?? throw new ArgumentNullException(nameof(options))).MidsummerEveIsClosed;
    private readonly bool christmasEveIsClosed = options.ChristmasEveIsClosed;
    private readonly bool newYearsEveIsClosed = options.NewYearsEveIsClosed;

    // Copied so a later change to the caller's list cannot change answers already relied on; null (e.g. a
    // configuration binder clearing the property) is read as "no extra days".
    private readonly FrozenSet<DateOnly> extraClosedDays = (options.ExtraClosedDays ?? []).ToFrozenSet();

    /// <summary>
    /// The Swedish time zone, for callers of <see cref="AddWorkingDays(DateTime, int, TimeZoneInfo)"/>.
    /// The IANA id also resolves on Windows (.NET maps it to "W. Europe Standard Time").
    /// </summary>
    public static TimeZoneInfo StockholmTimeZone => TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>Monday to Friday, and neither a public holiday nor a configured day off.</summary>
    public bool IsWorkingDay(DateOnly date)
    {
        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            return false;
        if (SwedishHolidays.IsPublicHoliday(date) || extraClosedDays.Contains(date))
            return false;
        if (midsummerEveIsClosed && date.AddDays(1) == SwedishHolidays.MidsummerDay(date.Year))
            return false;
        if (christmasEveIsClosed && date is { Month: 12, Day: 24 })
            return false;
        if (newYearsEveIsClosed && date is { Month: 12, Day: 31 })
            return false;
        return true;
    }

    /// <summary>
    /// The date <paramref name="days"/> working days after <paramref name="start"/>: for days &gt; 0 the days-th
    /// working day strictly after start; for 0, start itself if it is a working day, otherwise the next working day.
    /// See the class summary for why.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);

        if (days == 0)
            return IsWorkingDay(start) ? start : NextWorkingDayAfter(start);

        var date = start;
        for (var counted = 0; counted < days; counted++)
            date = NextWorkingDayAfter(date);
        return date;
    }

    /// <summary>
    /// A deadline instant <paramref name="days"/> working days after <paramref name="startUtc"/>, counted in the local
    /// time of <paramref name="zone"/> (normally <see cref="StockholmTimeZone"/>) and returned in UTC.
    /// <para>
    /// If the start falls on a working day (local date), the deadline is the same local time of day on the working
    /// day given by <see cref="AddWorkingDays(DateOnly, int)"/>; the UTC offset may differ across a daylight-saving
    /// change, so the UTC time of day may shift by an hour while the local one does not.
    /// </para>
    /// <para>
    /// If the start falls outside a working day (weekend, holiday, day off), the clock starts at
    /// <see cref="ClockStartOnNonWorkingDay"/> (08:00 local) on the next working day and the deadline is that time
    /// <paramref name="days"/> working days later. So Saturday 14:00 + 3 is Thursday 08:00, a full three working days
    /// of time, whereas the date overload gives Saturday + 3 = Wednesday (which counts the days, not the time).
    /// </para>
    /// <para>
    /// A local time the zone skips (spring forward) is read as the clock shows after the jump, and a local time
    /// that occurs twice (fall back) as its first occurrence. In Sweden the clocks change on Sundays, so this never
    /// happens to a deadline there; it is defined only so that any zone gives an answer.
    /// </para>
    /// </summary>
    /// <param name="startUtc">The start instant in UTC. Kind Unspecified is read as UTC (values read back from a
    /// database often lose their kind); Kind Local is refused since it depends on the server's zone.</param>
    public DateTime AddWorkingDays(DateTime startUtc, int days, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (startUtc.Kind == DateTimeKind.Local)
            throw new ArgumentException("The start must be a UTC instant, not the server's local time.", nameof(startUtc));

        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(startUtc, DateTimeKind.Utc), zone);
        var localDate = DateOnly.FromDateTime(local);

        DateOnly targetDate;
        TimeOnly timeOfDay;
        if (IsWorkingDay(localDate))
        {
            targetDate = AddWorkingDays(localDate, days);
            timeOfDay = TimeOnly.FromDateTime(local);
        }
        else
        {
            targetDate = AddWorkingDays(AddWorkingDays(localDate, 0), days);
            timeOfDay = ClockStartOnNonWorkingDay;
        }

        return LocalToUtc(targetDate.ToDateTime(timeOfDay, DateTimeKind.Unspecified), zone);
    }

    /// <summary>
    /// The number of working days after <paramref name="from"/> up to and including <paramref name="to"/>
    /// (from is not counted, to is). If to is before from, the count of the same span taken the other way, negated,
    /// so WorkingDaysBetween(a, b) == -WorkingDaysBetween(b, a) and WorkingDaysBetween(d, d) == 0.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
            return -WorkingDaysBetween(to, from);

        var count = 0;
        for (var date = from; date < to;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
                count++;
        }
        return count;
    }

    private DateOnly NextWorkingDayAfter(DateOnly date)
    {
        // Day by day on purpose: clear and easily fast enough. Under the defaults at most five days in a row are
        // non-working (julafton on a Wednesday through the Sunday); longer only if ExtraClosedDays closes a stretch.
        do
            date = date.AddDays(1);
        while (!IsWorkingDay(date));
        return date;
    }

    private static DateTime LocalToUtc(DateTime local, TimeZoneInfo zone)
    {
        if (zone.IsAmbiguousTime(local))
        {
            // The first occurrence has the larger offset (the daylight one), hence the earlier instant.
            var offset = zone.GetAmbiguousTimeOffsets(local).Max();
            return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
        }

        if (zone.IsInvalidTime(local))
        {
            // A skipped time exists only because the offset grew; subtracting the smaller offset (the one in force
            // before the jump) gives the instant the clock shows as local + gap, i.e. "as read after the jump".
            var before = zone.GetUtcOffset(local.AddDays(-1));
            var after = zone.GetUtcOffset(local.AddDays(1));
            var offset = before < after ? before : after;
            return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }
}

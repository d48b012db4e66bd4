using KommunHubben.Domain.Calendar;

namespace KommunHubben.Tests.Unit.Calendar;

/// <summary>
/// Expected dates are read off a 2025–2027 calendar by hand. 2026: Easter 5 April (långfredagen 3, annandag påsk 6),
/// Kristi himmelsfärdsdag Thursday 14 May, midsommarafton Friday 19 June, julafton Thursday 24 December,
/// nyårsafton Thursday 31 December; the clocks change on Sunday 29 March and Sunday 25 October.
/// </summary>
public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = new(new WorkingDayCalendarOptions());
    private static readonly TimeZoneInfo Stockholm = WorkingDayCalendar.StockholmTimeZone;

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static DateTime Utc(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void An_ordinary_week_has_working_days_monday_to_friday_and_none_at_the_weekend()
    {
        Assert.All(new[] { D(2026, 3, 9), D(2026, 3, 10), D(2026, 3, 11), D(2026, 3, 12), D(2026, 3, 13) },
            d => Assert.True(Calendar.IsWorkingDay(d), $"{d}"));
        Assert.False(Calendar.IsWorkingDay(D(2026, 3, 14)));
        Assert.False(Calendar.IsWorkingDay(D(2026, 3, 15)));
    }

    [Fact]
    public void A_friday_plus_one_working_day_is_the_monday()
    {
        Assert.Equal(D(2026, 3, 16), Calendar.AddWorkingDays(D(2026, 3, 13), 1));
        Assert.Equal(D(2026, 3, 20), Calendar.AddWorkingDays(D(2026, 3, 13), 5));
    }

    [Fact]
    public void The_thursday_before_easter_plus_one_working_day_is_the_tuesday_after_annandag_pask()
    {
        Assert.Equal(D(2026, 4, 7), Calendar.AddWorkingDays(D(2026, 4, 2), 1));
        Assert.Equal(D(2025, 4, 22), Calendar.AddWorkingDays(D(2025, 4, 17), 1));
        Assert.True(Calendar.IsWorkingDay(D(2026, 4, 2)));     // skärtorsdagen is an ordinary working day
        Assert.False(Calendar.IsWorkingDay(D(2026, 4, 3)));    // långfredagen
        Assert.False(Calendar.IsWorkingDay(D(2026, 4, 6)));    // annandag påsk
    }

    [Fact]
    public void Midsommarafton_is_not_a_working_day()
    {
        Assert.False(Calendar.IsWorkingDay(D(2026, 6, 19)));
        Assert.False(Calendar.IsWorkingDay(D(2027, 6, 25)));
        Assert.Equal(D(2026, 6, 22), Calendar.AddWorkingDays(D(2026, 6, 18), 1));
    }

    [Fact]
    public void Midsommarafton_becomes_a_working_day_when_the_setting_is_turned_off()
    {
        var calendar = new WorkingDayCalendar(new WorkingDayCalendarOptions { MidsummerEveIsClosed = false });

        Assert.True(calendar.IsWorkingDay(D(2026, 6, 19)));
        Assert.Equal(D(2026, 6, 19), calendar.AddWorkingDays(D(2026, 6, 18), 1));
    }

    [Fact]
    public void Over_christmas_and_new_year_only_the_days_between_the_holidays_are_working_days()
    {
        // 24 julafton (closed), 25 juldagen, 26–27 weekend, 28–30 working, 31 nyårsafton (closed), 1 Jan nyårsdagen,
        // 2–3 weekend, 4–5 working, 6 trettondedag jul, 7–8 working.
        Assert.Equal(D(2026, 12, 28), Calendar.AddWorkingDays(D(2026, 12, 23), 1));
        Assert.Equal(D(2026, 12, 30), Calendar.AddWorkingDays(D(2026, 12, 23), 3));
        Assert.Equal(D(2027, 1, 4), Calendar.AddWorkingDays(D(2026, 12, 23), 4));
        Assert.Equal(D(2027, 1, 7), Calendar.AddWorkingDays(D(2026, 12, 23), 6));
        Assert.Equal(7, Calendar.WorkingDaysBetween(D(2026, 12, 23), D(2027, 1, 8)));
        Assert.False(Calendar.IsWorkingDay(D(2026, 12, 24)));
        Assert.False(Calendar.IsWorkingDay(D(2026, 12, 31)));
    }

    [Fact]
    public void Julafton_and_nyarsafton_are_working_days_when_the_settings_are_turned_off()
    {
        var calendar = new WorkingDayCalendar(new WorkingDayCalendarOptions { ChristmasEveIsClosed = false, NewYearsEveIsClosed = false });

        Assert.Equal(D(2026, 12, 24), calendar.AddWorkingDays(D(2026, 12, 23), 1));
        Assert.True(calendar.IsWorkingDay(D(2026, 12, 31)));
    }

    [Fact]
    public void A_klamdag_configured_as_an_extra_closed_day_is_skipped()
    {
        // Friday 15 May 2026, between Kristi himmelsfärdsdag and the weekend.
        var calendar = new WorkingDayCalendar(new WorkingDayCalendarOptions { ExtraClosedDays = [D(2026, 5, 15)] });

        Assert.Equal(D(2026, 5, 15), Calendar.AddWorkingDays(D(2026, 5, 13), 1));
        Assert.Equal(D(2026, 5, 18), calendar.AddWorkingDays(D(2026, 5, 13), 1));
    }

    [Fact]
    public void Changing_the_options_list_after_construction_does_not_change_the_calendar()
    {
        var closed = new List<DateOnly>();
        var calendar = new WorkingDayCalendar(new WorkingDayCalendarOptions { ExtraClosedDays = closed });
        closed.Add(D(2026, 5, 15));

        Assert.True(calendar.IsWorkingDay(D(2026, 5, 15)));
    }

    [Theory]
    [InlineData(2024, 251)]
    [InlineData(2025, 249)]
    [InlineData(2026, 251)]
    [InlineData(2027, 253)]
    [InlineData(2028, 251)]
    [InlineData(2029, 250)]
    [InlineData(2030, 250)]
    public void A_whole_year_has_the_known_number_of_working_days(int year, int workingDays)
    {
        Assert.Equal(workingDays, Calendar.WorkingDaysBetween(D(year - 1, 12, 31), D(year, 12, 31)));
    }

    [Fact]
    public void Adding_zero_working_days_keeps_a_working_day_and_moves_any_other_day_to_the_next_working_day()
    {
        Assert.Equal(D(2026, 3, 11), Calendar.AddWorkingDays(D(2026, 3, 11), 0));
        Assert.Equal(D(2026, 3, 16), Calendar.AddWorkingDays(D(2026, 3, 14), 0));     // Saturday
        Assert.Equal(D(2026, 12, 28), Calendar.AddWorkingDays(D(2026, 12, 24), 0));   // julafton
        Assert.Equal(D(2026, 4, 7), Calendar.AddWorkingDays(D(2026, 4, 3), 0));       // långfredagen
    }

    [Fact]
    public void Counting_starts_the_day_after_the_start_so_a_saturday_plus_one_is_the_monday()
    {
        Assert.Equal(D(2026, 3, 16), Calendar.AddWorkingDays(D(2026, 3, 14), 1));
        Assert.Equal(D(2026, 3, 18), Calendar.AddWorkingDays(D(2026, 3, 14), 3));
    }

    [Fact]
    public void A_negative_number_of_working_days_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(D(2026, 3, 11), -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(Utc(2026, 3, 11, 9), -1, Stockholm));
    }

    [Theory]
    [InlineData("2026-03-11", "2026-03-11", 0)]   // same day
    [InlineData("2026-03-13", "2026-03-16", 1)]   // Friday to Monday
    [InlineData("2026-03-09", "2026-03-13", 4)]   // Monday to Friday: Monday itself is not counted
    [InlineData("2026-03-14", "2026-03-15", 0)]   // a weekend
    [InlineData("2026-04-02", "2026-04-07", 1)]   // over Easter
    [InlineData("2026-06-18", "2026-06-22", 1)]   // over midsommar
    [InlineData("2026-03-13", "2026-03-27", 10)]  // two whole weeks
    public void Working_days_between_counts_after_from_up_to_and_including_to_and_is_negated_the_other_way(
        string from, string to, int expected)
    {
        var a = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture);
        var b = DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, Calendar.WorkingDaysBetween(a, b));
        Assert.Equal(-expected, Calendar.WorkingDaysBetween(b, a));
    }

    [Fact]
    public void Adding_working_days_and_counting_them_back_agree_for_every_start_day_of_2024_to_2030()
    {
        for (var start = D(2024, 1, 1); start <= D(2030, 12, 31); start = start.AddDays(1))
        {
            for (var days = 1; days <= 12; days++)
            {
                var end = Calendar.AddWorkingDays(start, days);
                Assert.True(Calendar.IsWorkingDay(end), $"{start} + {days}");
                Assert.Equal(days, Calendar.WorkingDaysBetween(start, end));
                Assert.Equal(days - 1, Calendar.WorkingDaysBetween(start, end.AddDays(-1)));
            }
        }
    }

    [Fact]
    public void A_deadline_over_the_spring_clock_change_keeps_the_local_time_of_day()
    {
        // Friday 27 March 10:00 CET (UTC+1) + 1 working day = Monday 30 March 10:00 CEST (UTC+2).
        var deadline = Calendar.AddWorkingDays(Utc(2026, 3, 27, 9), 1, Stockholm);

        Assert.Equal(Utc(2026, 3, 30, 8), deadline);
        Assert.Equal(DateTimeKind.Utc, deadline.Kind);
        Assert.Equal(new TimeSpan(10, 0, 0), TimeZoneInfo.ConvertTimeFromUtc(deadline, Stockholm).TimeOfDay);
    }

    [Fact]
    public void A_deadline_over_the_autumn_clock_change_keeps_the_local_time_of_day()
    {
        // Friday 23 October 10:00 CEST (UTC+2) + 1 working day = Monday 26 October 10:00 CET (UTC+1).
        var deadline = Calendar.AddWorkingDays(Utc(2026, 10, 23, 8), 1, Stockholm);

        Assert.Equal(Utc(2026, 10, 26, 9), deadline);
        Assert.Equal(new TimeSpan(10, 0, 0), TimeZoneInfo.ConvertTimeFromUtc(deadline, Stockholm).TimeOfDay);
    }

    [Fact]
    public void Three_working_days_after_a_submission_on_skartorsdagen_is_the_following_thursday_at_the_same_time()
    {
        // Thursday 2 April 2026 11:00 CEST; Tuesday 7 (1), Wednesday 8 (2), Thursday 9 (3).
        Assert.Equal(Utc(2026, 4, 9, 9), Calendar.AddWorkingDays(Utc(2026, 4, 2, 9), 3, Stockholm));
    }

    [Fact]
    public void A_start_outside_a_working_day_starts_the_clock_at_eight_on_the_next_working_day()
    {
        // Saturday 28 March 13:00 CET: the clock starts Monday 30 March 08:00 CEST (06:00 UTC).
        Assert.Equal(Utc(2026, 3, 30, 6), Calendar.AddWorkingDays(Utc(2026, 3, 28, 12), 0, Stockholm));
        Assert.Equal(Utc(2026, 4, 2, 6), Calendar.AddWorkingDays(Utc(2026, 3, 28, 12), 3, Stockholm));
        // Midsommarafton 19 June 2026 15:00 CEST: the clock starts Monday 22 June 08:00 CEST.
        Assert.Equal(Utc(2026, 6, 23, 6), Calendar.AddWorkingDays(Utc(2026, 6, 19, 13), 1, Stockholm));
    }

    [Fact]
    public void A_start_in_the_repeated_autumn_hour_starts_the_clock_at_eight_on_the_monday()
    {
        // 00:30 UTC on Sunday 25 October 2026 is 02:30 CEST, the first of the two 02:30s.
        Assert.Equal(Utc(2026, 10, 26, 7), Calendar.AddWorkingDays(Utc(2026, 10, 25, 0, 30), 0, Stockholm));
    }

    [Fact]
    public void The_working_day_is_the_swedish_local_date_not_the_utc_date()
    {
        // 23:30 UTC on Thursday 12 March is 00:30 on Friday 13 March in Stockholm; + 1 is Monday 00:30 local.
        Assert.Equal(Utc(2026, 3, 15, 23, 30), Calendar.AddWorkingDays(Utc(2026, 3, 12, 23, 30), 1, Stockholm));
        // 23:30 UTC on Friday 13 March is already Saturday in Stockholm, so the clock starts Monday 08:00.
        Assert.Equal(Utc(2026, 3, 17, 7), Calendar.AddWorkingDays(Utc(2026, 3, 13, 23, 30), 1, Stockholm));
    }

    [Fact]
    public void A_start_of_unspecified_kind_is_read_as_utc_and_a_local_one_is_refused()
    {
        var unspecified = new DateTime(2026, 3, 27, 9, 0, 0, DateTimeKind.Unspecified);

        Assert.Equal(Utc(2026, 3, 30, 8), Calendar.AddWorkingDays(unspecified, 1, Stockholm));
        Assert.Throws<ArgumentException>(() =>
            Calendar.AddWorkingDays(new DateTime(2026, 3, 27, 9, 0, 0, DateTimeKind.Local), 1, Stockholm));
    }

    [Fact]
    public void In_a_zone_that_changes_clocks_on_a_weekday_a_skipped_or_repeated_deadline_time_still_has_an_answer()
    {
        // A made-up zone, UTC+1 with summer time from Wednesday 11 March 02:00 to Wednesday 14 October 03:00 (2026),
        // so that a deadline can land in the skipped or repeated hour, which never happens in Sweden.
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 11),
            TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 14));
        var zone = TimeZoneInfo.CreateCustomTimeZone("Test/WeekdayShift", TimeSpan.FromHours(1), "Test", "Test", "Test Summer", [rule]);

        // Tuesday 10 March 02:30 (UTC+1) + 1: Wednesday 02:30 does not exist; read after the jump as 03:30 (UTC+2).
        Assert.Equal(Utc(2026, 3, 11, 1, 30), Calendar.AddWorkingDays(Utc(2026, 3, 10, 1, 30), 1, zone));
        // Tuesday 13 October 02:30 (UTC+2) + 1: Wednesday 02:30 happens twice; the first (UTC+2) is taken.
        Assert.Equal(Utc(2026, 10, 14, 0, 30), Calendar.AddWorkingDays(Utc(2026, 10, 13, 0, 30), 1, zone));
    }
}

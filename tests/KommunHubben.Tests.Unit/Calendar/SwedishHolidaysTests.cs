using KommunHubben.Domain.Calendar;

namespace KommunHubben.Tests.Unit.Calendar;

/// <summary>
/// The holiday dates are checked against lists written out by hand, not computed: Easter Sundays taken from published
/// Easter tables, the movable feasts counted from them (−2, +1, +39, +49), and midsommardagen / alla helgons dag
/// read off a calendar as "the Saturday between". A shared bug in a rule and its test cannot hide that way.
/// </summary>
public class SwedishHolidaysTests
{
    private static readonly Dictionary<int, (string Date, string Name)[]> Expected = new()
    {
        [2024] =
        [
            ("2024-01-01", "Nyårsdagen"), ("2024-01-06", "Trettondedag jul"), ("2024-03-29", "Långfredagen"),
            ("2024-03-31", "Påskdagen"), ("2024-04-01", "Annandag påsk"), ("2024-05-01", "Första maj"),
            ("2024-05-09", "Kristi himmelsfärdsdag"), ("2024-05-19", "Pingstdagen"), ("2024-06-06", "Sveriges nationaldag"),
            ("2024-06-22", "Midsommardagen"), ("2024-11-02", "Alla helgons dag"), ("2024-12-25", "Juldagen"),
            ("2024-12-26", "Annandag jul"),
        ],
        [2025] =
        [
            ("2025-01-01", "Nyårsdagen"), ("2025-01-06", "Trettondedag jul"), ("2025-04-18", "Långfredagen"),
            ("2025-04-20", "Påskdagen"), ("2025-04-21", "Annandag påsk"), ("2025-05-01", "Första maj"),
            ("2025-05-29", "Kristi himmelsfärdsdag"), ("2025-06-08", "Pingstdagen"), ("2025-06-06", "Sveriges nationaldag"),
            ("2025-06-21", "Midsommardagen"), ("2025-11-01", "Alla helgons dag"), ("2025-12-25", "Juldagen"),
            ("2025-12-26", "Annandag jul"),
        ],
        [2026] =
        [
            ("2026-01-01", "Nyårsdagen"), ("2026-01-06", "Trettondedag jul"), ("2026-04-03", "Långfredagen"),
            ("2026-04-05", "Påskdagen"), ("2026-04-06", "Annandag påsk"), ("2026-05-01", "Första maj"),
            ("2026-05-14", "Kristi himmelsfärdsdag"), ("2026-05-24", "Pingstdagen"), ("2026-06-06", "Sveriges nationaldag"),
            ("2026-06-20", "Midsommardagen"), ("2026-10-31", "Alla helgons dag"), ("2026-12-25", "Juldagen"),
            ("2026-12-26", "Annandag jul"),
        ],
        [2027] =
        [
            ("2027-01-01", "Nyårsdagen"), ("2027-01-06", "Trettondedag jul"), ("2027-03-26", "Långfredagen"),
            ("2027-03-28", "Påskdagen"), ("2027-03-29", "Annandag påsk"), ("2027-05-01", "Första maj"),
            ("2027-05-06", "Kristi himmelsfärdsdag"), ("2027-05-16", "Pingstdagen"), ("2027-06-06", "Sveriges nationaldag"),
            ("2027-06-26", "Midsommardagen"), ("2027-11-06", "Alla helgons dag"), ("2027-12-25", "Juldagen"),
            ("2027-12-26", "Annandag jul"),
        ],
        [2028] =
        [
            ("2028-01-01", "Nyårsdagen"), ("2028-01-06", "Trettondedag jul"), ("2028-04-14", "Långfredagen"),
            ("2028-04-16", "Påskdagen"), ("2028-04-17", "Annandag påsk"), ("2028-05-01", "Första maj"),
            ("2028-05-25", "Kristi himmelsfärdsdag"), ("2028-06-04", "Pingstdagen"), ("2028-06-06", "Sveriges nationaldag"),
            ("2028-06-24", "Midsommardagen"), ("2028-11-04", "Alla helgons dag"), ("2028-12-25", "Juldagen"),
            ("2028-12-26", "Annandag jul"),
        ],
        [2029] =
        [
            ("2029-01-01", "Nyårsdagen"), ("2029-01-06", "Trettondedag jul"), ("2029-03-30", "Långfredagen"),
            ("2029-04-01", "Påskdagen"), ("2029-04-02", "Annandag påsk"), ("2029-05-01", "Första maj"),
            ("2029-05-10", "Kristi himmelsfärdsdag"), ("2029-05-20", "Pingstdagen"), ("2029-06-06", "Sveriges nationaldag"),
            ("2029-06-23", "Midsommardagen"), ("2029-11-03", "Alla helgons dag"), ("2029-12-25", "Juldagen"),
            ("2029-12-26", "Annandag jul"),
        ],
        [2030] =
        [
            ("2030-01-01", "Nyårsdagen"), ("2030-01-06", "Trettondedag jul"), ("2030-04-19", "Långfredagen"),
            ("2030-04-21", "Påskdagen"), ("2030-04-22", "Annandag påsk"), ("2030-05-01", "Första maj"),
            ("2030-05-30", "Kristi himmelsfärdsdag"), ("2030-06-09", "Pingstdagen"), ("2030-06-06", "Sveriges nationaldag"),
            ("2030-06-22", "Midsommardagen"), ("2030-11-02", "Alla helgons dag"), ("2030-12-25", "Juldagen"),
            ("2030-12-26", "Annandag jul"),
        ],
    };

    public static TheoryData<int> Years => [2024, 2025, 2026, 2027, 2028, 2029, 2030];

    private static HashSet<(DateOnly Date, string Name)> ExpectedFor(int year) =>
        Expected[year].Select(h => (DateOnly.ParseExact(h.Date, "yyyy-MM-dd"), h.Name)).ToHashSet();

    [Theory]
    [MemberData(nameof(Years))]
    public void The_holidays_of_a_year_are_exactly_the_hand_written_list_with_their_swedish_names(int year)
    {
        var expected = ExpectedFor(year);
        var actual = SwedishHolidays.For(year);

        Assert.Equal(13, expected.Count);
        Assert.Equal(13, actual.Count);
        Assert.Empty(expected.Except(actual));   // nothing missing
        Assert.Empty(actual.Except(expected));   // nothing extra
        Assert.All(actual, h => Assert.Equal(year, h.Date.Year));
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void The_holidays_of_a_year_are_listed_in_date_order(int year)
    {
        var dates = SwedishHolidays.For(year).Select(h => h.Date).ToList();
        Assert.Equal(dates.Order(), dates);
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void Every_day_of_the_year_is_a_public_holiday_exactly_when_it_is_on_the_hand_written_list(int year)
    {
        var expectedDates = ExpectedFor(year).Select(h => h.Date).ToHashSet();
        for (var date = new DateOnly(year, 1, 1); date.Year == year; date = date.AddDays(1))
            Assert.True(expectedDates.Contains(date) == SwedishHolidays.IsPublicHoliday(date), $"{date:yyyy-MM-dd}");
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void Midsommardagen_and_alla_helgons_dag_are_saturdays_and_the_easter_holidays_fall_on_their_weekdays(int year)
    {
        var byName = SwedishHolidays.For(year).ToDictionary(h => h.Name, h => h.Date);

        Assert.Equal(DayOfWeek.Saturday, byName["Midsommardagen"].DayOfWeek);
        Assert.InRange(byName["Midsommardagen"], new DateOnly(year, 6, 20), new DateOnly(year, 6, 26));
        Assert.Equal(DayOfWeek.Saturday, byName["Alla helgons dag"].DayOfWeek);
        Assert.InRange(byName["Alla helgons dag"], new DateOnly(year, 10, 31), new DateOnly(year, 11, 6));
        Assert.Equal(DayOfWeek.Friday, byName["Långfredagen"].DayOfWeek);
        Assert.Equal(DayOfWeek.Sunday, byName["Påskdagen"].DayOfWeek);
        Assert.Equal(DayOfWeek.Monday, byName["Annandag påsk"].DayOfWeek);
        Assert.Equal(DayOfWeek.Thursday, byName["Kristi himmelsfärdsdag"].DayOfWeek);
        Assert.Equal(DayOfWeek.Sunday, byName["Pingstdagen"].DayOfWeek);
    }

    [Theory]
    [InlineData(1961, 4, 2)]
    [InlineData(2000, 4, 23)]
    [InlineData(2008, 3, 23)]
    [InlineData(2011, 4, 24)]
    [InlineData(2038, 4, 25)]   // the latest possible date, 25 April
    [InlineData(2049, 4, 18)]
    [InlineData(1818, 3, 22)]   // the earliest possible Easter, 22 March
    [InlineData(2285, 3, 22)]
    [InlineData(1943, 4, 25)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2030, 4, 21)]
    public void Easter_sunday_matches_the_published_date_for_known_years(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), SwedishHolidays.EasterSunday(year));
    }

    [Fact]
    public void Easter_is_always_a_sunday_between_22_march_and_25_april()
    {
        for (var year = 1583; year <= 9999; year++)
        {
            var easter = SwedishHolidays.EasterSunday(year);
            Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
            Assert.InRange(easter, new DateOnly(year, 3, 22), new DateOnly(year, 4, 25));
        }
    }

    [Fact]
    public void When_kristi_himmelsfardsdag_falls_on_forsta_maj_both_holidays_are_listed()
    {
        // Easter 2008 was 23 March, so Ascension (+39) was 1 May.
        var onFirstMay = SwedishHolidays.For(2008).Where(h => h.Date == new DateOnly(2008, 5, 1)).Select(h => h.Name);

        Assert.Equal(["Första maj", "Kristi himmelsfärdsdag"], onFirstMay);
        Assert.Equal(13, SwedishHolidays.For(2008).Count);
        Assert.True(SwedishHolidays.IsPublicHoliday(new DateOnly(2008, 5, 1)));
    }

    [Fact]
    public void When_pingstdagen_falls_on_the_national_day_both_holidays_are_listed()
    {
        // Easter 2049 is 18 April, so Pentecost (+49) is 6 June.
        var onSixthJune = SwedishHolidays.For(2049).Where(h => h.Date == new DateOnly(2049, 6, 6)).Select(h => h.Name);

        Assert.Equal(["Pingstdagen", "Sveriges nationaldag"], onSixthJune);
    }

    [Fact]
    public void The_eves_are_not_public_holidays()
    {
        Assert.False(SwedishHolidays.IsPublicHoliday(new DateOnly(2026, 6, 19)));   // midsommarafton
        Assert.False(SwedishHolidays.IsPublicHoliday(new DateOnly(2026, 12, 24)));  // julafton
        Assert.False(SwedishHolidays.IsPublicHoliday(new DateOnly(2026, 12, 31)));  // nyårsafton
        Assert.False(SwedishHolidays.IsPublicHoliday(new DateOnly(2026, 4, 2)));    // skärtorsdagen
    }

    [Theory]
    [InlineData(2004)]
    [InlineData(1989)]
    public void Years_before_the_current_holiday_list_are_refused_rather_than_answered_wrongly(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SwedishHolidays.For(year));
        Assert.Throws<ArgumentOutOfRangeException>(() => SwedishHolidays.IsPublicHoliday(new DateOnly(year, 6, 6)));
    }

    [Fact]
    public void Easter_before_the_gregorian_calendar_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SwedishHolidays.EasterSunday(1582));
    }
}

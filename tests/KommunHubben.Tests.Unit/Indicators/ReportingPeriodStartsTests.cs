using KommunHubben.Domain.Indicators;

namespace KommunHubben.Tests.Unit.Indicators;

/// <summary>The Stockholm period starts the database sorts closures between (winter time UTC+1, summer time UTC+2).</summary>
public sealed class ReportingPeriodStartsTests
{
    private static DateTime Utc(string text) => DateTime.SpecifyKind(DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);

    [Fact]
    public void Quarters_cover_the_year_and_a_day_either_side_and_begin_at_Stockholm_midnight()
    {
        var starts = ReportingPeriod.Starts(Utc("2024-12-31T00:00:00"), Utc("2026-01-02T00:00:00"), months: 3);

        Assert.Equal(
            new[] { "2024-09-30T22:00", "2024-12-31T23:00", "2025-03-31T22:00", "2025-06-30T22:00", "2025-09-30T22:00", "2025-12-31T23:00", "2026-03-31T22:00" },
            starts.Select(s => s.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(starts, s => Assert.Equal(DateTimeKind.Utc, s.Kind));
    }

    [Fact]
    public void A_closure_on_New_Years_Eve_evening_in_UTC_lies_in_the_new_Stockholm_year()
    {
        var starts = ReportingPeriod.Starts(Utc("2024-12-31T00:00:00"), Utc("2026-01-02T00:00:00"), months: 12);
        var closedAt = Utc("2025-12-31T23:30:00"); // 00:30 on 1 January 2026 in Stockholm

        var period = starts.Count(s => s <= closedAt) - 1;

        Assert.Equal("2026", ReportingPeriod.YearKey(starts[period]));
        Assert.Equal(2026, ReportingPeriod.Year(closedAt));
    }

    [Fact]
    public void Months_in_summer_begin_at_22_UTC()
    {
        var starts = ReportingPeriod.Starts(Utc("2025-06-15T00:00:00"), Utc("2025-08-01T00:00:00"), months: 1);

        Assert.Equal(new[] { Utc("2025-05-31T22:00:00"), Utc("2025-06-30T22:00:00"), Utc("2025-07-31T22:00:00"), Utc("2025-08-31T22:00:00") }, starts);
    }
}

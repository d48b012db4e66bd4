using System.Globalization;
using KommunHubben.Domain.WageSubsidy;

namespace KommunHubben.Tests.Unit.WageSubsidy;

public sealed class WageSubsidyCalculatorTests
{
    private static readonly WageSubsidyRulesOptions Rules = new();

    private static decimal Kr(string amount) => decimal.Parse(amount, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("24000", 75, "15000")] // docs/domain.md example 4: the ceiling is pro rata, 20 000 × 75 %
    [InlineData("24000", 100, "20000")]
    [InlineData("20000", 100, "20000")] // exactly at the ceiling
    [InlineData("20000.01", 100, "20000")] // just above: capped
    [InlineData("19999.99", 100, "20000")] // just below: the wage, rounded to whole kronor
    [InlineData("19000", 100, "19000")]
    [InlineData("10000", 50, "10000")] // exactly at the part-time ceiling
    [InlineData("10000.01", 50, "10000")]
    [InlineData("9000", 50, "9000")]
    [InlineData("100", 1, "100")] // 1 % of full time: ceiling 200 kr
    [InlineData("250", 1, "200")]
    [InlineData("6700", 33, "6600")] // 20 000 × 33 % = 6 600
    [InlineData("15000.49", 100, "15000")] // rounding down below half a krona
    [InlineData("15000.50", 100, "15001")] // half a krona rounds away from zero
    [InlineData("0.01", 100, "0")]
    public void The_basis_is_the_wage_but_at_most_the_ceiling_for_the_extent(string wage, int extent, string basis)
    {
        Assert.Equal(Kr(basis), WageSubsidyCalculator.SubsidyBasis(Kr(wage), extent, Rules));
    }

    [Fact]
    public void A_part_time_ceiling_with_öre_is_rounded_to_whole_kronor()
    {
        var rules = new WageSubsidyRulesOptions { WageCeilingFullTime = 20001m };

        // 20 001 × 50 % = 10 000.50 → 10 001.
        Assert.Equal(10001m, WageSubsidyCalculator.SubsidyBasis(30000m, 50, rules));
    }

    [Fact]
    public void The_ceiling_comes_from_configuration()
    {
        var rules = new WageSubsidyRulesOptions { WageCeilingFullTime = 25000m };

        Assert.Equal(24000m, WageSubsidyCalculator.SubsidyBasis(24000m, 100, rules));
        Assert.Equal(18750m, WageSubsidyCalculator.SubsidyBasis(24000m, 75, rules));
    }

    [Theory]
    [InlineData("0", 100)]
    [InlineData("-1", 100)]
    [InlineData("24000", 0)]
    [InlineData("24000", 101)]
    public void The_basis_of_a_wage_or_extent_out_of_range_is_a_programming_error(string wage, int extent)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WageSubsidyCalculator.SubsidyBasis(Kr(wage), extent, Rules));
    }

    [Fact]
    public void A_ceiling_configured_as_zero_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            WageSubsidyCalculator.SubsidyBasis(24000m, 100, new WageSubsidyRulesOptions { WageCeilingFullTime = 0m }));
    }

    [Theory]
    [InlineData("15000", 80, "12000")]
    [InlineData("15000", 90, "13500")] // the highest percent by default
    [InlineData("15000", 1, "150")]
    [InlineData("15001", 33, "4950")] // 4 950.33
    [InlineData("101", 50, "51")] // 50.50 rounds away from zero
    [InlineData("0", 50, "0")]
    public void The_monthly_subsidy_is_the_percent_of_the_basis_in_whole_kronor(string basis, int percent, string subsidy)
    {
        Assert.Equal(Kr(subsidy), WageSubsidyCalculator.MonthlySubsidy(Kr(basis), percent, Rules));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(91)]
    [InlineData(100)]
    [InlineData(-5)]
    public void A_subsidy_percent_outside_1_to_the_configured_maximum_is_refused(int percent)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WageSubsidyCalculator.MonthlySubsidy(15000m, percent, Rules));
    }

    [Fact]
    public void The_highest_subsidy_percent_comes_from_configuration()
    {
        var rules = new WageSubsidyRulesOptions { MaxSubsidyPercent = 100 };

        Assert.Equal(15000m, WageSubsidyCalculator.MonthlySubsidy(15000m, 100, rules));
    }

    [Fact]
    public void A_negative_basis_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WageSubsidyCalculator.MonthlySubsidy(-1m, 50, Rules));
    }

    [Theory]
    [InlineData("2026-12-01", 12, "2027-11-30")]
    [InlineData("2026-12-08", 1, "2027-01-07")]
    [InlineData("2027-01-01", 96, "2034-12-31")]
    [InlineData("2027-03-15", 24, "2029-03-14")]
    [InlineData("2027-01-31", 1, "2027-02-27")] // AddMonths clamps to 28 Feb; the period ends the day before
    [InlineData("2028-01-31", 1, "2028-02-28")] // leap year
    [InlineData("2028-02-29", 12, "2029-02-27")]
    public void A_decision_period_ends_the_day_before_the_same_date_months_later(string start, int months, string end)
    {
        var period = WageSubsidyCalculator.DecisionPeriod(DateOnly.Parse(start, CultureInfo.InvariantCulture), months);

        Assert.Equal(DateOnly.Parse(start, CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, CultureInfo.InvariantCulture), period.End);
    }

    [Fact]
    public void An_extension_starting_the_day_after_a_decision_ends_leaves_no_gap()
    {
        var first = WageSubsidyCalculator.DecisionPeriod(new DateOnly(2026, 12, 1), 12);
        var extension = WageSubsidyCalculator.DecisionPeriod(first.End.AddDays(1), 12);

        Assert.Equal(new DateOnly(2027, 12, 1), extension.Start);
        Assert.Equal(WageSubsidyCalculator.DecisionPeriod(new DateOnly(2026, 12, 1), 24).End, extension.End);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_decision_period_of_less_than_one_month_is_refused(int months)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WageSubsidyCalculator.DecisionPeriod(new DateOnly(2026, 12, 1), months));
    }
}

using KommunHubben.Domain.Occupations;
using KommunHubben.Domain.WageSubsidy;

namespace KommunHubben.Tests.Unit.WageSubsidy;

/// <summary>The wage-subsidy examples of docs/domain.md, end to end through validation, decision and calculation.</summary>
public sealed class DomainExampleTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly WageSubsidyRulesOptions Rules = new();

    [Fact]
    public void Example_4_employment_at_75_percent_and_24000_kr_is_calculated_on_15000_kr_for_at_most_one_year()
    {
        var input = new WageSubsidyRequestInput(
            "Employment", "855104-0721", "Stadsbiblioteket", "4111", 75, 24000m, new DateOnly(2027, 1, 1), 12,
            "AF-FH-2026-0042", true, "Handledare och anpassad arbetstid.", null);

        var (request, errors) = WageSubsidyRequestValidator.Validate(input, Today, Rules, SsykCatalogue.Shipped);
        Assert.Empty(errors);

        // The decision covers at most one year ...
        Assert.Empty(WageSubsidyDecisionValidator.Validate(request!, 12, 80, Rules));
        Assert.NotEmpty(WageSubsidyDecisionValidator.Validate(request!, 13, 80, Rules));
        var (_, tooLong) = WageSubsidyRequestValidator.Validate(input with { RequestedMonths = 13 }, Today, Rules, SsykCatalogue.Shipped);
        Assert.Equal("the first decision covers at most 12 months", Assert.Single(tooLong).English());
        Assert.Equal((new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31)), WageSubsidyCalculator.DecisionPeriod(request!.StartDate, 12));

        // ... and the subsidy is computed on the 20 000 kr ceiling, pro rata: 20 000 × 75 % = 15 000 kr, not the 24 000 kr wage.
        var basis = WageSubsidyCalculator.SubsidyBasis(request.GrossMonthlyWage, request.ExtentPercent, Rules);
        Assert.Equal(15000m, basis);
        Assert.Equal(12000m, WageSubsidyCalculator.MonthlySubsidy(basis, 80, Rules));
    }

    [Fact]
    public void Example_5_an_extension_near_the_end_date_continues_the_period_within_the_total()
    {
        var input = new WageSubsidyRequestInput(
            "Employment", "855104-0721", "Stadsbiblioteket", "4111", 75, 24500m, new DateOnly(2027, 1, 1), 12,
            "AF-FH-2026-0042", true, "Fortsatt handledning.", new WageSubsidyHistory(12, "AF-LB-2026-0815"));

        var (request, errors) = WageSubsidyRequestValidator.Validate(input, Today, Rules, SsykCatalogue.Shipped);

        Assert.Empty(errors);
        Assert.True(request!.IsExtension);
        Assert.Empty(WageSubsidyDecisionValidator.Validate(request, 12, 80, Rules));
    }
}

using KommunHubben.Domain.WageSubsidy;

namespace KommunHubben.Tests.Unit.WageSubsidy;

public sealed class WageSubsidyDecisionValidatorTests
{
    private static readonly WageSubsidyRulesOptions Rules = new();

    [Theory]
    [InlineData(WageSubsidyForm.Development, 12)]
    [InlineData(WageSubsidyForm.Employment, 1)]
    [InlineData(WageSubsidyForm.SecurityInEmployment, 12)]
    public void A_first_decision_of_up_to_twelve_months_may_be_granted(WageSubsidyForm form, int months)
    {
        Assert.Empty(WageSubsidyDecisionValidator.Validate(form, null, months, 80, Rules));
    }

    [Theory]
    [InlineData(WageSubsidyForm.Development)]
    [InlineData(WageSubsidyForm.Employment)]
    [InlineData(WageSubsidyForm.SecurityInEmployment)]
    public void A_first_decision_longer_than_twelve_months_is_refused(WageSubsidyForm form)
    {
        var error = Assert.Single(WageSubsidyDecisionValidator.Validate(form, null, 13, 80, Rules));

        Assert.Equal("decision.grantedMonths", error.Field);
        Assert.Equal("the first decision covers at most 12 months", error.English());
    }

    [Theory]
    [InlineData(WageSubsidyForm.Development, 12, 12, true)]
    [InlineData(WageSubsidyForm.Development, 12, 13, false)]
    [InlineData(WageSubsidyForm.Employment, 84, 12, true)]
    [InlineData(WageSubsidyForm.Employment, 84, 13, false)]
    [InlineData(WageSubsidyForm.SecurityInEmployment, 100, 48, true)]
    [InlineData(WageSubsidyForm.SecurityInEmployment, 100, 49, false)]
    public void An_extension_may_be_granted_only_within_the_forms_limit(WageSubsidyForm form, int alreadyGranted, int months, bool allowed)
    {
        var errors = WageSubsidyDecisionValidator.Validate(form, alreadyGranted, months, 80, Rules);

        Assert.Equal(allowed, errors.Count == 0);
        Assert.All(errors, e => Assert.Equal("decision.grantedMonths", e.Field));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(91)]
    public void A_subsidy_percent_outside_1_to_90_is_refused(int percent)
    {
        var error = Assert.Single(WageSubsidyDecisionValidator.Validate(WageSubsidyForm.Employment, null, 12, percent, Rules));

        Assert.Equal("decision.subsidyPercent", error.Field);
        Assert.Equal("must be from 1 to 90 percent", error.English());
    }

    [Fact]
    public void Granting_no_months_is_refused()
    {
        var error = Assert.Single(WageSubsidyDecisionValidator.Validate(WageSubsidyForm.Employment, null, 0, 80, Rules));

        Assert.Equal("must be at least 1", error.English());
    }

    [Fact]
    public void An_extension_with_no_months_already_granted_is_refused()
    {
        var error = Assert.Single(WageSubsidyDecisionValidator.Validate(WageSubsidyForm.Employment, 0, 12, 80, Rules));

        Assert.Equal("decision.monthsAlreadyGranted", error.Field);
    }
}

using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Consents;

namespace KommunHubben.Tests.Unit.Consents;

public sealed class ConsentExpiryTests
{
    private static readonly DateOnly ExpiresOn = new(2027, 3, 31);
    private static readonly HashSet<CaseType> Planning = [CaseType.IndividualPlanning];

    [Theory]
    [InlineData(-31, false)] // too early
    [InlineData(-30, true)]  // 30 days before the expiry day
    [InlineData(-1, true)]
    [InlineData(0, true)]    // the expiry day itself: still in force, still worth telling
    [InlineData(1, false)]   // lapsed: no "ends soon" any more
    public void The_notice_is_due_from_30_days_before_the_expiry_day_up_to_that_day(int daysFromExpiry, bool due) =>
        Assert.Equal(due, ConsentExpiry.IsDueForNotice(ExpiresOn, ExpiresOn.AddDays(daysFromExpiry), ConsentExpiry.DefaultNoticeDays));

    [Fact]
    public void The_notice_period_is_configurable()
    {
        Assert.True(ConsentExpiry.IsDueForNotice(ExpiresOn, ExpiresOn.AddDays(-14), 14));
        Assert.False(ConsentExpiry.IsDueForNotice(ExpiresOn, ExpiresOn.AddDays(-15), 14));
    }

    [Fact]
    public void A_consent_lapses_on_the_day_after_its_expiry_day()
    {
        Assert.False(ConsentExpiry.HasLapsed(ExpiresOn, ExpiresOn));
        Assert.True(ConsentExpiry.HasLapsed(ExpiresOn, ExpiresOn.AddDays(1)));
    }

    [Fact]
    public void A_case_rests_on_the_consent_covering_its_type_when_no_other_consent_takes_over()
    {
        var ending = new ConsentTerms(Planning, ExpiresOn.AddDays(-300), ExpiresOn, false);
        var dayAfter = ExpiresOn.AddDays(1);

        Assert.True(ConsentExpiry.CaseRestsOn(ending, [], CaseType.IndividualPlanning, dayAfter));
        // The ending consent does not cover wage subsidy: such a case rests on some other consent.
        Assert.False(ConsentExpiry.CaseRestsOn(ending, [], CaseType.WageSubsidy, dayAfter));
    }

    [Fact]
    public void A_newer_consent_in_force_after_the_expiry_day_carries_the_case_but_a_withdrawn_ending_or_narrower_one_does_not()
    {
        var ending = new ConsentTerms(Planning, ExpiresOn.AddDays(-300), ExpiresOn, false);
        var dayAfter = ExpiresOn.AddDays(1);
        var renewed = new ConsentTerms(Planning, ExpiresOn.AddDays(-10), ExpiresOn.AddDays(200), false);
        var withdrawn = renewed with { Withdrawn = true };
        var sameDay = renewed with { ExpiresOn = ExpiresOn };
        var otherType = renewed with { Scope = new HashSet<CaseType> { CaseType.DisabilityCoding } };

        Assert.False(ConsentExpiry.CaseRestsOn(ending, [renewed], CaseType.IndividualPlanning, dayAfter));
        Assert.True(ConsentExpiry.CaseRestsOn(ending, [withdrawn], CaseType.IndividualPlanning, dayAfter));
        Assert.True(ConsentExpiry.CaseRestsOn(ending, [sameDay], CaseType.IndividualPlanning, dayAfter));
        Assert.True(ConsentExpiry.CaseRestsOn(ending, [otherType], CaseType.IndividualPlanning, dayAfter));
    }
}

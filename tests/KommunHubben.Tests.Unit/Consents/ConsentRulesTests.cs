using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Consents;

namespace KommunHubben.Tests.Unit.Consents;

public class ConsentRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly IReadOnlySet<CaseType> Planning = new HashSet<CaseType> { CaseType.IndividualPlanning };

    private static RegisterConsentInput Valid() =>
        new("200002292399", ["IndividualPlanning", "disabilitycoding"], "Handlingsplan och aktivitetsrapporter",
            Today.AddDays(-2), "Written", Today.AddMonths(6));

    [Fact]
    public void A_complete_consent_is_accepted_with_its_scope()
    {
        var (consent, errors) = ConsentRules.Validate(Valid(), Today);

        Assert.Empty(errors);
        Assert.Equal(new HashSet<CaseType> { CaseType.IndividualPlanning, CaseType.DisabilityCoding }, consent!.CaseTypes);
        Assert.Equal(ConsentGivenHow.Written, consent.GivenHow);
    }

    public static TheoryData<RegisterConsentInput, string, string> Broken() => new()
    {
        { Valid() with { PersonalIdentityNumber = null }, "personalIdentityNumber", "is required" },
        { Valid() with { PersonalIdentityNumber = "20000229-2390" }, "personalIdentityNumber", "check digit" },
        { Valid() with { CaseTypes = [] }, "caseTypes", "at least one case type" },
        { Valid() with { CaseTypes = ["IndividualPlanning", "Fika"] }, "caseTypes[1]", "must be one of" },
        { Valid() with { GivenHow = "Telepathy" }, "givenHow", "must be one of: Written, Verbal, Digital" },
        { Valid() with { GivenOn = null }, "givenOn", "is required" },
        { Valid() with { GivenOn = Today.AddDays(1) }, "givenOn", "cannot be in the future" },
        { Valid() with { ExpiresOn = null }, "expiresOn", "is required" },
        { Valid() with { ExpiresOn = Today.AddDays(-1) }, "expiresOn", "must not be in the past" },
        { Valid() with { GivenOn = Today, ExpiresOn = Today.AddDays(367) }, "expiresOn", "at most 366 days" },
        { Valid() with { InformationScope = new string('x', 1001) }, "informationScope", "at most 1000 characters" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_consent_that_breaks_a_rule_is_refused_naming_field_and_rule(RegisterConsentInput input, string field, string rule)
    {
        var (consent, errors) = ConsentRules.Validate(input, Today);

        Assert.Null(consent);
        Assert.Contains(rule, Assert.Single(errors, e => e.Field == field).English());
    }

    [Theory]
    [InlineData(false, -1, 30, CaseType.IndividualPlanning, null)]
    [InlineData(true, -1, 30, CaseType.IndividualPlanning, RuleCode.ConsentWithdrawn)]
    [InlineData(false, 1, 30, CaseType.IndividualPlanning, RuleCode.ConsentNotYetInForce)]
    [InlineData(false, -30, -1, CaseType.IndividualPlanning, RuleCode.ConsentExpired)]
    [InlineData(false, -1, 30, CaseType.WageSubsidy, RuleCode.ConsentDoesNotCoverType)]
    [InlineData(false, 0, 0, CaseType.IndividualPlanning, null)]
    public void A_consent_covers_a_case_only_while_in_force_unwithdrawn_and_in_scope(bool withdrawn, int givenOffset, int expiresOffset, CaseType type, string? why)
    {
        var reason = ConsentRules.WhyNotCovering(Planning, Today.AddDays(givenOffset), Today.AddDays(expiresOffset), withdrawn, type, Today);

        if (why is null) Assert.Null(reason);
        else Assert.Equal(why, reason);
    }

    [Fact]
    public void Only_a_general_question_without_a_person_needs_no_consent()
    {
        Assert.False(ConsentRules.IsRequired(CaseType.GeneralQuestion, namesAPerson: false));
        Assert.True(ConsentRules.IsRequired(CaseType.GeneralQuestion, namesAPerson: true));
        Assert.All([CaseType.IndividualPlanning, CaseType.DisabilityCoding, CaseType.WageSubsidy],
            type => Assert.True(ConsentRules.IsRequired(type, namesAPerson: false)));
    }
}

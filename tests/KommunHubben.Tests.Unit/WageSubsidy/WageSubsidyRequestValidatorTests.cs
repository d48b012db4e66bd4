using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Domain.Occupations;
using KommunHubben.Domain.WageSubsidy;

namespace KommunHubben.Tests.Unit.WageSubsidy;

public sealed class WageSubsidyRequestValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly WageSubsidyRulesOptions Rules = new();

    // A valid organisation number from the identity tests.
    private const string Employer = "855104-0721";

    private static readonly WageSubsidyRequestInput Valid = new(
        Form: "Employment",
        EmployerOrganisationNumber: Employer,
        Workplace: "Stadsbiblioteket, Odengatan 53",
        OccupationCode: "4111",
        ExtentPercent: 75,
        GrossMonthlyWage: 24000m,
        StartDate: Today.AddDays(14),
        RequestedMonths: 12,
        DisabilityCodeReference: "AF-FH-2026-0042",
        UnionConsulted: true,
        AdaptationPlan: "Anpassad arbetstid förmiddagar.\nHandledare första tre månaderna.\tHörselslinga.",
        Earlier: null);

    private static WageSubsidyHistory Extension(int monthsAlreadyGranted) => new(monthsAlreadyGranted, "AF-LB-2025-0815");

    private static (ValidatedWageSubsidyRequest? Request, IReadOnlyList<ValidationError> Errors) Validate(WageSubsidyRequestInput input) =>
        WageSubsidyRequestValidator.Validate(input, Today, Rules, SsykCatalogue.Shipped);

    private static void AssertAccepted(WageSubsidyRequestInput input)
    {
        var (request, errors) = Validate(input);
        Assert.Empty(errors);
        Assert.NotNull(request);
    }

    private static void AssertRefused(WageSubsidyRequestInput input, string field, string rule)
    {
        var (request, errors) = Validate(input);
        Assert.Null(request);
        var error = Assert.Single(errors);
        Assert.Equal(field, error.Field);
        Assert.Contains(rule, error.English());
    }

    [Fact]
    public void A_complete_request_is_accepted_with_its_values_parsed()
    {
        var (request, errors) = Validate(Valid with { Workplace = "  Stadsbiblioteket  " });

        Assert.Empty(errors);
        Assert.NotNull(request);
        Assert.Equal(WageSubsidyForm.Employment, request.Form);
        Assert.Equal("8551040721", request.Employer.Normalized);
        Assert.Equal("Stadsbiblioteket", request.Workplace);
        Assert.Equal(new SsykOccupation("4111", "Ekonomiassistenter m.fl.", request.Occupation.TaxonomyId), request.Occupation);
        Assert.Equal(75, request.ExtentPercent);
        Assert.Equal(24000m, request.GrossMonthlyWage);
        Assert.Equal(Today.AddDays(14), request.StartDate);
        Assert.Equal(12, request.RequestedMonths);
        Assert.Equal("AF-FH-2026-0042", request.DisabilityCodeReference);
        Assert.True(request.UnionConsulted);
        Assert.Contains('\n', request.AdaptationPlan);
        Assert.False(request.IsExtension);
    }

    [Theory]
    [InlineData("Development", WageSubsidyForm.Development)]
    [InlineData("employment", WageSubsidyForm.Employment)]
    [InlineData("  SECURITYINEMPLOYMENT ", WageSubsidyForm.SecurityInEmployment)]
    public void The_form_is_read_by_name_in_any_case(string form, WageSubsidyForm expected)
    {
        var (request, _) = Validate(Valid with { Form = form });

        Assert.Equal(expected, request!.Form);
    }

    [Fact]
    public void An_SCB_manager_code_is_accepted_as_AFs_merged_group()
    {
        var (request, _) = Validate(Valid with { OccupationCode = "1211" });

        Assert.Equal("1210", request!.Occupation.Code);
        Assert.Equal("Ekonomi- och finanschefer", request.Occupation.Label);
    }

    [Fact]
    public void A_union_that_was_not_consulted_is_still_a_valid_answer()
    {
        var (request, _) = Validate(Valid with { UnionConsulted = false });

        Assert.False(request!.UnionConsulted);
    }

    [Fact]
    public void An_extension_carries_the_earlier_decision_with_its_reference_trimmed()
    {
        var (request, errors) = Validate(Valid with { Earlier = new WageSubsidyHistory(12, "  AF-LB-2025-0815 ") });

        Assert.Empty(errors);
        Assert.True(request!.IsExtension);
        Assert.Equal(new WageSubsidyHistory(12, "AF-LB-2025-0815"), request.Earlier);
    }

    public static TheoryData<WageSubsidyRequestInput, string, string> MissingFields() => new()
    {
        { Valid with { Form = null }, "wageSubsidy.form", "is required" },
        { Valid with { Form = " " }, "wageSubsidy.form", "is required" },
        { Valid with { EmployerOrganisationNumber = null }, "wageSubsidy.employerOrganisationNumber", "an organisation number is required" },
        { Valid with { Workplace = null }, "wageSubsidy.workplace", "is required" },
        { Valid with { Workplace = " \n " }, "wageSubsidy.workplace", "is required" },
        { Valid with { OccupationCode = null }, "wageSubsidy.occupationCode", "is required" },
        { Valid with { ExtentPercent = null }, "wageSubsidy.extentPercent", "is required" },
        { Valid with { GrossMonthlyWage = null }, "wageSubsidy.grossMonthlyWage", "is required" },
        { Valid with { StartDate = null }, "wageSubsidy.startDate", "is required" },
        { Valid with { RequestedMonths = null }, "wageSubsidy.requestedMonths", "is required" },
        { Valid with { DisabilityCodeReference = null }, "wageSubsidy.disabilityCodeReference", "a wage subsidy requires an existing disability code" },
        { Valid with { DisabilityCodeReference = "" }, "wageSubsidy.disabilityCodeReference", "a wage subsidy requires an existing disability code" },
        { Valid with { UnionConsulted = null }, "wageSubsidy.unionConsulted", "must be given (true or false)" },
        { Valid with { AdaptationPlan = null }, "wageSubsidy.adaptationPlan", "is required" },
        { Valid with { Earlier = new WageSubsidyHistory(6, null!) }, "wageSubsidy.earlier.earlierDecisionReference", "is required for an extension" },
        { Valid with { Earlier = new WageSubsidyHistory(6, "  ") }, "wageSubsidy.earlier.earlierDecisionReference", "is required for an extension" },
    };

    [Theory]
    [MemberData(nameof(MissingFields))]
    public void A_missing_field_is_reported_by_its_json_path(WageSubsidyRequestInput input, string field, string rule) =>
        AssertRefused(input, field, rule);

    public static TheoryData<WageSubsidyRequestInput, string, string> BrokenRules() => new()
    {
        { Valid with { Form = "Lunch" }, "wageSubsidy.form", "must be one of: Development, Employment, SecurityInEmployment" },
        { Valid with { Form = "1" }, "wageSubsidy.form", "must be one of" },
        { Valid with { Form = "0" }, "wageSubsidy.form", "must be one of" },
        { Valid with { EmployerOrganisationNumber = "855104-0722" }, "wageSubsidy.employerOrganisationNumber", "the check digit does not match" },
        { Valid with { EmployerOrganisationNumber = "900101-1239" }, "wageSubsidy.employerOrganisationNumber", "the third digit of an organisation number must be 2 or higher" },
        { Valid with { EmployerOrganisationNumber = "85510-40721" }, "wageSubsidy.employerOrganisationNumber", "must be 10 digits" },
        { Valid with { Workplace = new string('x', 2001) }, "wageSubsidy.workplace", "at most 2000 characters" },
        { Valid with { Workplace = "Kontor\u0007" }, "wageSubsidy.workplace", "control characters" },
        { Valid with { AdaptationPlan = new string('x', 2001) }, "wageSubsidy.adaptationPlan", "at most 2000 characters" },
        { Valid with { AdaptationPlan = "Plan\0med NUL" }, "wageSubsidy.adaptationPlan", "control characters" },
        { Valid with { AdaptationPlan = "Plan\u001b[31m" }, "wageSubsidy.adaptationPlan", "control characters" },
        { Valid with { OccupationCode = "4430" }, "wageSubsidy.occupationCode", "is not an occupation group in Arbetsförmedlingen's SSYK 2012 list" },
        { Valid with { OccupationCode = "7619" }, "wageSubsidy.occupationCode", "is not an occupation group" },
        { Valid with { OccupationCode = "411" }, "wageSubsidy.occupationCode", "must be a four-digit SSYK 2012 occupation group code" },
        { Valid with { OccupationCode = "41a1" }, "wageSubsidy.occupationCode", "must be a four-digit" },
        { Valid with { DisabilityCodeReference = new string('x', 101) }, "wageSubsidy.disabilityCodeReference", "at most 100 characters" },
        { Valid with { Earlier = new WageSubsidyHistory(0, "AF-LB-2025-0815") }, "wageSubsidy.earlier.monthsAlreadyGranted", "must be at least 1 for an extension" },
        { Valid with { Earlier = new WageSubsidyHistory(-3, "AF-LB-2025-0815") }, "wageSubsidy.earlier.monthsAlreadyGranted", "must be at least 1 for an extension" },
        { Valid with { Earlier = new WageSubsidyHistory(6, "AF\u0000LB") }, "wageSubsidy.earlier.earlierDecisionReference", "control characters" },
    };

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public void A_broken_rule_is_reported_with_the_field_and_the_rule(WageSubsidyRequestInput input, string field, string rule) =>
        AssertRefused(input, field, rule);

    [Theory]
    [InlineData(1)]
    [InlineData(50)]
    [InlineData(100)]
    public void An_extent_from_1_to_100_percent_is_accepted(int extent) =>
        AssertAccepted(Valid with { ExtentPercent = extent });

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void An_extent_outside_1_to_100_percent_is_refused(int extent) =>
        AssertRefused(Valid with { ExtentPercent = extent }, "wageSubsidy.extentPercent", "must be a percentage of full time from 1 to 100");

    [Theory]
    [InlineData("0.01")]
    [InlineData("1")]
    [InlineData("19999.99")]
    [InlineData("20000")] // the ceiling itself
    [InlineData("20000.01")] // above the ceiling is allowed: the basis is capped, not the wage
    [InlineData("200000")] // the sanity bound itself
    public void A_positive_wage_up_to_the_sanity_bound_is_accepted(string wage) =>
        AssertAccepted(Valid with { GrossMonthlyWage = decimal.Parse(wage, System.Globalization.CultureInfo.InvariantCulture) });

    [Theory]
    [InlineData("0", "must be more than 0 kr")]
    [InlineData("-1", "must be more than 0 kr")]
    [InlineData("200000.01", "must be at most 200000 kr a month")]
    [InlineData("2400000", "must be at most 200000 kr a month")]
    [InlineData("24000.001", "at most two decimals")]
    public void A_wage_that_is_not_positive_too_high_or_finer_than_öre_is_refused(string wage, string rule) =>
        AssertRefused(Valid with { GrossMonthlyWage = decimal.Parse(wage, System.Globalization.CultureInfo.InvariantCulture) },
            "wageSubsidy.grossMonthlyWage", rule);

    [Fact]
    public void The_wage_sanity_bound_is_configurable()
    {
        var rules = new WageSubsidyRulesOptions { MaxGrossMonthlyWage = 50000m };

        var (_, errors) = WageSubsidyRequestValidator.Validate(Valid with { GrossMonthlyWage = 50000.01m }, Today, rules, SsykCatalogue.Shipped);

        Assert.Equal("must be at most 50000 kr a month; check for a typing mistake", Assert.Single(errors).English());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(365)]
    public void A_start_today_or_later_is_accepted(int daysFromToday) =>
        AssertAccepted(Valid with { StartDate = Today.AddDays(daysFromToday) });

    [Theory]
    [InlineData(-1)]
    [InlineData(-400)]
    public void A_start_before_today_is_refused(int daysFromToday) =>
        AssertRefused(Valid with { StartDate = Today.AddDays(daysFromToday) }, "wageSubsidy.startDate", "must not be before today");

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Fewer_than_one_requested_month_is_refused(int months) =>
        AssertRefused(Valid with { RequestedMonths = months }, "wageSubsidy.requestedMonths", "must be at least 1");

    [Theory]
    [InlineData("Development", 1)]
    [InlineData("Development", 12)]
    [InlineData("Employment", 12)]
    [InlineData("SecurityInEmployment", 12)]
    public void A_first_decision_of_up_to_twelve_months_is_accepted(string form, int months) =>
        AssertAccepted(Valid with { Form = form, RequestedMonths = months });

    [Theory]
    [InlineData("Development", 13)]
    [InlineData("Employment", 13)]
    [InlineData("SecurityInEmployment", 13)] // the per-decision 48 months apply only to extensions
    [InlineData("Employment", 96)]
    public void A_first_decision_longer_than_twelve_months_is_refused(string form, int months) =>
        AssertRefused(Valid with { Form = form, RequestedMonths = months }, "wageSubsidy.requestedMonths", "the first decision covers at most 12 months");

    [Fact]
    public void The_first_decision_cap_is_checked_even_when_the_form_is_wrong()
    {
        var (_, errors) = Validate(Valid with { Form = "Lunch", RequestedMonths = 13 });

        Assert.Equal(["wageSubsidy.form", "wageSubsidy.requestedMonths"], errors.Select(e => e.Field).Order());
    }

    [Theory]
    [InlineData("Development", 12, 12)] // exactly 24 in total
    [InlineData("Development", 23, 1)]
    [InlineData("Development", 1, 23)] // an extension itself is not capped at 12 months
    [InlineData("Employment", 84, 12)] // exactly 96 in total
    [InlineData("Employment", 12, 84)]
    [InlineData("SecurityInEmployment", 12, 48)] // exactly 48 in one decision
    [InlineData("SecurityInEmployment", 480, 48)] // no total cap
    public void An_extension_within_the_forms_limit_is_accepted(string form, int alreadyGranted, int requested) =>
        AssertAccepted(Valid with { Form = form, RequestedMonths = requested, Earlier = Extension(alreadyGranted) });

    [Theory]
    [InlineData(12, 13)]
    [InlineData(24, 1)]
    [InlineData(1, 24)]
    public void A_development_extension_beyond_24_months_in_total_is_refused(int alreadyGranted, int requested) =>
        AssertRefused(Valid with { Form = "Development", RequestedMonths = requested, Earlier = Extension(alreadyGranted) },
            "wageSubsidy.requestedMonths", "Development covers at most 24 months in total");

    [Theory]
    [InlineData(84, 13)]
    [InlineData(96, 1)]
    [InlineData(int.MaxValue, 1)] // the total must not wrap around
    public void An_employment_extension_beyond_96_months_in_total_is_refused(int alreadyGranted, int requested) =>
        AssertRefused(Valid with { Form = "Employment", RequestedMonths = requested, Earlier = Extension(alreadyGranted) },
            "wageSubsidy.requestedMonths", "Employment covers at most 96 months in total");

    [Theory]
    [InlineData(12, 49)]
    [InlineData(1, 96)]
    public void A_security_extension_longer_than_48_months_is_refused(int alreadyGranted, int requested) =>
        AssertRefused(Valid with { Form = "SecurityInEmployment", RequestedMonths = requested, Earlier = Extension(alreadyGranted) },
            "wageSubsidy.requestedMonths", "covers at most 48 months");

    [Fact]
    public void The_period_caps_are_configurable()
    {
        var rules = new WageSubsidyRulesOptions { FirstDecisionMaxMonths = 6, DevelopmentTotalMaxMonths = 18 };

        var (_, first) = WageSubsidyRequestValidator.Validate(Valid with { RequestedMonths = 7 }, Today, rules, SsykCatalogue.Shipped);
        var (_, extension) = WageSubsidyRequestValidator.Validate(
            Valid with { Form = "Development", RequestedMonths = 13, Earlier = Extension(6) }, Today, rules, SsykCatalogue.Shipped);

        Assert.Equal("the first decision covers at most 6 months", Assert.Single(first).English());
        Assert.Contains("at most 18 months in total", Assert.Single(extension).English());
    }

    [Fact]
    public void Every_broken_rule_is_reported_at_once()
    {
        var (request, errors) = Validate(new WageSubsidyRequestInput(
            null, "123", null, "x", 0, 0m, Today.AddDays(-1), 0, null, null, null, new WageSubsidyHistory(0, "")));

        Assert.Null(request);
        Assert.Equal(
            [
                "wageSubsidy.adaptationPlan",
                "wageSubsidy.disabilityCodeReference",
                "wageSubsidy.earlier.earlierDecisionReference",
                "wageSubsidy.earlier.monthsAlreadyGranted",
                "wageSubsidy.employerOrganisationNumber",
                "wageSubsidy.extentPercent",
                "wageSubsidy.form",
                "wageSubsidy.grossMonthlyWage",
                "wageSubsidy.occupationCode",
                "wageSubsidy.requestedMonths",
                "wageSubsidy.startDate",
                "wageSubsidy.unionConsulted",
                "wageSubsidy.workplace",
            ],
            errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_error_never_repeats_the_value_that_was_sent()
    {
        const string secret = "SECRET-19121212-1212";
        var (_, errors) = Validate(new WageSubsidyRequestInput(
            secret, secret, secret + new string('x', 2000), secret, 0, 999999999m, Today.AddDays(-1), 99, secret + new string('x', 100),
            null, secret + "\u0001", new WageSubsidyHistory(-1, secret + "\u0002")));

        Assert.NotEmpty(errors);
        Assert.All(errors, e =>
        {
            Assert.DoesNotContain("SECRET", e.English());
            Assert.DoesNotContain("999999999", e.English());
        });
    }
}

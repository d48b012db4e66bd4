using System.Text.RegularExpressions;
using KommunHubben.Domain.Identity;
using Xunit;

namespace KommunHubben.Tests.Unit.Identity;

/// <summary>
/// Identity numbers are personal data: no error text and no ToString may carry the number (or a telling piece of it)
/// into logs, problem details or broker messages.
/// </summary>
public sealed partial class ErrorMessageSecrecyTests
{
    private static readonly DateOnly Today = PersonnummerVectors.ReferenceDate;

    public static TheoryData<string> EveryInvalidVectorInput => PersonnummerVectors.EveryInvalidPersonnummerInput();

    public static TheoryData<string> EveryValidListInput => PersonnummerVectors.EveryValidListInput();

    public static TheoryData<string> FocusedInvalidInputs => new()
    {
        "19900101-1230", "900101 1239", "19900431-1234", "20261125-1238", "000101-T229", "16855104-0721", "9001011239x",
        "19900192-1239", "000229+1235", " 19700428-9895 ",
    };

    [Theory]
    [MemberData(nameof(EveryInvalidVectorInput))]
    [MemberData(nameof(FocusedInvalidInputs))]
    public void No_error_text_for_an_invalid_personnummer_contains_the_digits_of_the_input(string input)
    {
        var result = PersonalIdentityNumber.Parse(input, Today);

        Assert.False(result.IsValid);
        AssertRevealsNothing(input, result.Rule);
        AssertRevealsNothing(input, result.ToString());
    }

    [Theory]
    [MemberData(nameof(EveryInvalidVectorInput))]
    [MemberData(nameof(FocusedInvalidInputs))]
    public void No_error_text_for_an_invalid_organisation_number_contains_the_digits_of_the_input(string input)
    {
        var result = OrganisationNumber.Parse(input);

        if (!result.IsValid)
        {
            AssertRevealsNothing(input, result.Rule);
        }
    }

    [Fact]
    public void No_rule_text_at_all_contains_three_digits_in_a_row()
    {
        foreach (var error in Enum.GetValues<IdentityNumberError>())
        {
            Assert.False(ThreeDigits().IsMatch(IdentityNumberRules.ForPersonalIdentityNumber(error)), error.ToString());
            Assert.False(ThreeDigits().IsMatch(IdentityNumberRules.ForOrganisationNumber(error)), error.ToString());
        }
    }

    [Theory]
    [MemberData(nameof(EveryValidListInput))]
    public void Neither_the_number_nor_its_parse_result_shows_the_digits_when_turned_into_text(string input)
    {
        var result = PersonalIdentityNumber.Parse(input, Today);

        Assert.True(result.IsValid);
        Assert.Equal("PersonalIdentityNumber(***)", result.Value.ToString());
        AssertRevealsNothing(input, result.Value.ToString());
        AssertRevealsNothing(input, result.ToString());
        Assert.DoesNotContain(result.Value.Normalized, result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parsing_never_throws_whatever_the_input()
    {
        string[] inputs =
        [
            "\0", "\uD83D\uDE00", new string('9', 10_000), "--------------", "++++++++++", "99999999-9999", "00000000-0000",
            "000000-0000", "999999+9999", "000000+0000", "00000000+0000", "\uFFFF\uFFFF\uFFFF\uFFFF\uFFFF\uFFFF-1234",
        ];

        foreach (var input in inputs)
        {
            var personnummer = PersonalIdentityNumber.Parse(input, Today);
            var organisationNumber = OrganisationNumber.Parse(input);
            Assert.NotEmpty(personnummer.Rule + organisationNumber.Rule);
        }

        Assert.False(PersonalIdentityNumber.Parse("000000+0000", DateOnly.MinValue).IsValid);
        Assert.False(PersonalIdentityNumber.Parse("991231-9999", DateOnly.MaxValue).IsValid);
    }

    private static void AssertRevealsNothing(string input, string text)
    {
        // One or two characters, as in the vector "0", cannot be kept out of "10 or 12 digits"; the run check covers them.
        var trimmed = input.Trim();
        var digits = new string(trimmed.Where(char.IsAsciiDigit).ToArray());
        foreach (var secret in new[] { trimmed, digits }.Where(secret => secret.Length >= 3))
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        // Not even a date part or a birth number: no run of three or more digits at all.
        Assert.False(ThreeDigits().IsMatch(text), $"the text has a run of digits: {text}");
    }

    [GeneratedRegex(@"[0-9]{3}")]
    private static partial Regex ThreeDigits();
}

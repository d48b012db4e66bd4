using KommunHubben.Domain.Identity;
using Xunit;

namespace KommunHubben.Tests.Unit.Identity;

/// <summary>Focused rules of <see cref="OrganisationNumber"/>.</summary>
public sealed class OrganisationNumberTests
{
    [Theory]
    [InlineData("855104-0721")]
    [InlineData("8551040721")]
    [InlineData("16855104-0721")]
    [InlineData("168551040721")]
    [InlineData("  855104-0721\t")]
    public void An_organisation_number_is_accepted_in_each_written_form(string input)
    {
        var result = OrganisationNumber.Parse(input);

        Assert.True(result.IsValid, $"{result.Error}");
        Assert.Equal("8551040721", result.Value.Normalized);
        Assert.Equal(string.Empty, result.Rule);
    }

    [Theory]
    [InlineData("900101-1239")] // a personnummer: third digit 0
    [InlineData("9001011239")]
    [InlineData("16900101-1239")]
    [InlineData("5512345678")] // third digit 1
    public void A_number_whose_third_digit_is_below_2_is_not_an_organisation_number(string input)
    {
        var result = OrganisationNumber.Parse(input);

        Assert.Equal(IdentityNumberError.NotAnOrganisationNumber, result.Error);
        Assert.Equal(
            "the third digit of an organisation number must be 2 or higher; lower values belong to personal identity numbers",
            result.Rule);
    }

    [Theory]
    [InlineData("855104-0722")]
    [InlineData("8551040720")]
    [InlineData("168551040729")]
    public void A_wrong_check_digit_is_refused(string input)
    {
        var result = OrganisationNumber.Parse(input);

        Assert.Equal(IdentityNumberError.WrongCheckDigit, result.Error);
        Assert.Equal("the check digit does not match (Luhn)", result.Rule);
    }

    [Theory]
    [InlineData("855104+0721")] // '+' belongs to personnummer only
    [InlineData("855104 0721")]
    [InlineData("85510-40721")]
    [InlineData("855104072")]
    [InlineData("85510407211")]
    [InlineData("198551040721")] // 12 digits must start with 16
    [InlineData("19855104-0721")]
    [InlineData("16-855104-0721")]
    [InlineData("8551O40721")]
    [InlineData("855104-072A")]
    public void Anything_else_is_the_wrong_format(string input)
    {
        var result = OrganisationNumber.Parse(input);

        Assert.Equal(IdentityNumberError.WrongFormat, result.Error);
        Assert.Equal(
            "must be 10 digits, optionally with '-' before the last four, or 12 digits starting with '16'",
            result.Rule);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Nothing_at_all_is_reported_as_missing(string? input)
    {
        var result = OrganisationNumber.Parse(input);

        Assert.Equal(IdentityNumberError.Missing, result.Error);
        Assert.Equal("an organisation number is required", result.Rule);
    }

    [Fact]
    public void To_string_shows_the_public_number_in_its_usual_form()
    {
        Assert.Equal("855104-0721", OrganisationNumber.Parse("168551040721").Value!.ToString());
    }

    [Fact]
    public void Two_forms_of_the_same_number_are_equal()
    {
        var a = OrganisationNumber.Parse("855104-0721").Value!;
        var b = OrganisationNumber.Parse("168551040721").Value!;
        var other = OrganisationNumber.Parse("857209-0606").Value!;

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, other);
        Assert.True(a != other);
    }
}

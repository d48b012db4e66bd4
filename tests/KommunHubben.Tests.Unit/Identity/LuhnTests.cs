using KommunHubben.Domain.Identity;
using Xunit;

namespace KommunHubben.Tests.Unit.Identity;

/// <summary>The shared Luhn (mod 10) helper.</summary>
public sealed class LuhnTests
{
    [Theory]
    [InlineData("900101123", 9)] // weights 2,1,2,1,2,1,2,1,2 over YYMMDDNNN
    [InlineData("570428999", 9)]
    [InlineData("855104072", 1)]
    [InlineData("000101122", 0)]
    [InlineData("7992739871", 3)] // the textbook example, an even-length payload
    [InlineData("0", 0)]
    public void The_check_digit_makes_the_weighted_sum_a_multiple_of_ten(string payload, int expected)
    {
        Assert.Equal(expected, Luhn.ComputeCheckDigit(payload));
        Assert.True(Luhn.IsValid(payload + expected.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("9001011238")]
    [InlineData("")]
    [InlineData("9")]
    [InlineData("900101-1239")]
    [InlineData("90010112３9")]
    public void Anything_but_digits_ending_in_the_right_check_digit_is_not_valid(string digits)
    {
        Assert.False(Luhn.IsValid(digits));
    }

    [Theory]
    [InlineData("")]
    [InlineData("90010112a")]
    public void Computing_a_check_digit_of_something_other_than_digits_is_a_programming_error(string payload)
    {
        var error = Assert.Throws<ArgumentException>(() => Luhn.ComputeCheckDigit(payload));
        if (payload.Length > 0)
        {
            Assert.DoesNotContain(payload, error.Message, StringComparison.Ordinal);
        }
    }
}

using KommunHubben.Domain.Identity;
using Xunit;

namespace KommunHubben.Tests.Unit.Identity;

/// <summary>
/// Every entry of the shared vectors list.json, structured.json and interim.json (TestData/personnummer), checked
/// against <see cref="PersonalIdentityNumber.Parse"/> at <see cref="PersonnummerVectors.ReferenceDate"/>.
/// </summary>
public sealed class PersonnummerConformanceTests
{
    private static readonly DateOnly Today = PersonnummerVectors.ReferenceDate;

    public static TheoryData<string, string, bool, string, bool, bool> ListForms => PersonnummerVectors.ListForms();

    public static TheoryData<string, string, string> ValidListFormsThatDetermineTheCentury =>
        PersonnummerVectors.ValidListFormsThatDetermineTheCentury();

    public static TheoryData<string, string, bool, int, string> Structured => PersonnummerVectors.Structured();

    public static TheoryData<string, string, bool> InterimForms => PersonnummerVectors.InterimForms();

    [Theory]
    [MemberData(nameof(ListForms))]
    public void Every_form_of_every_list_entry_is_valid_or_invalid_as_the_vector_says_with_its_kind_and_sex(
        string field, string input, bool valid, string type, bool isMale, bool isFemale)
    {
        var result = PersonalIdentityNumber.Parse(input, Today);

        Assert.True(valid == result.IsValid, $"{field} '{input}': expected valid={valid}, got error {result.Error}");
        if (!result.IsValid)
        {
            Assert.NotNull(result.Error);
            Assert.NotEmpty(result.Rule);
            return;
        }

        Assert.Null(result.Error);
        Assert.Equal(KindOf(type), result.Value.Kind);
        Assert.Equal(isMale, result.Value.Sex == Sex.Male);
        Assert.Equal(isFemale, result.Value.Sex == Sex.Female);
    }

    [Theory]
    [MemberData(nameof(ValidListFormsThatDetermineTheCentury))]
    public void A_valid_list_entry_in_a_form_that_fixes_the_century_normalizes_to_its_long_format(
        string longFormat, string field, string input)
    {
        var result = PersonalIdentityNumber.Parse(input, Today);

        Assert.True(result.IsValid, $"{field} '{input}': {result.Error}");
        Assert.Equal(longFormat, result.Value.Normalized);
        Assert.Equal(BirthDateOf(longFormat), result.Value.BirthDate);
    }

    [Fact]
    public void The_list_vectors_hold_for_every_reference_date_in_the_documented_window()
    {
        DateOnly[] dates =
        [
            PersonnummerVectors.EarliestReferenceDate,
            PersonnummerVectors.ReferenceDate,
            new(2050, 6, 15),
            PersonnummerVectors.LatestReferenceDate,
        ];

        foreach (var date in dates)
        {
            foreach (var (input, valid) in PersonnummerVectors.AllListForms())
            {
                Assert.True(
                    valid == PersonalIdentityNumber.Parse(input, date).IsValid,
                    $"'{input}' at {date:yyyy-MM-dd}: expected valid={valid}");
            }
        }
    }

    [Fact]
    public void Outside_the_documented_window_a_valid_vector_is_refused_which_is_why_the_window_exists()
    {
        var dayBefore = PersonnummerVectors.EarliestReferenceDate.AddDays(-1);
        var dayAfter = PersonnummerVectors.LatestReferenceDate.AddDays(1);

        Assert.Equal(IdentityNumberError.BirthDateInFuture, PersonalIdentityNumber.Parse("20210791-9967", dayBefore).Error);
        Assert.Equal(IdentityNumberError.InvalidDate, PersonalIdentityNumber.Parse("000229-2399", dayAfter).Error);
    }

    [Theory]
    [MemberData(nameof(Structured))]
    public void Every_structured_value_is_valid_or_invalid_as_the_vector_says_with_its_kind(
        string type, string form, bool valid, int position, string input)
    {
        var result = PersonalIdentityNumber.Parse(input, Today);

        Assert.True(
            valid == result.IsValid,
            $"{type}/{form}[{position}] '{input}': expected valid={valid}, got error {result.Error}");
        if (result.IsValid)
        {
            Assert.Equal(KindOf(type), result.Value.Kind);
        }
        else
        {
            Assert.NotNull(result.Error);
        }
    }

    [Theory]
    [MemberData(nameof(InterimForms))]
    public void Every_interim_number_is_refused_with_a_specific_error(string field, string input, bool validInterim)
    {
        var result = PersonalIdentityNumber.Parse(input, Today);

        Assert.False(result.IsValid, $"{field} '{input}' was accepted");
        Assert.Null(result.Value);

        // The vectors' valid interim numbers use the letters T, R, S, U, W, X, J, K, L, M, N. Their invalid entry uses
        // E, which is not an interim letter at all, so it is simply a wrong format.
        var expected = validInterim ? IdentityNumberError.InterimNumberNotAccepted : IdentityNumberError.WrongFormat;
        Assert.Equal(expected, result.Error);
    }

    [Fact]
    public void An_interim_number_is_refused_with_a_rule_that_tells_what_to_use_instead()
    {
        var result = PersonalIdentityNumber.Parse("000101-T220", Today);

        Assert.Equal(
            "interim numbers are not accepted; use the person's personnummer or samordningsnummer",
            result.Rule);
    }

    private static IdentityNumberKind KindOf(string type) => type switch
    {
        "ssn" => IdentityNumberKind.PersonalIdentityNumber,
        "con" => IdentityNumberKind.CoordinationNumber,
        _ => throw new InvalidDataException($"unexpected vector type '{type}'"),
    };

    private static DateOnly BirthDateOf(string longFormat)
    {
        var year = int.Parse(longFormat[..4], System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(longFormat[4..6], System.Globalization.CultureInfo.InvariantCulture);
        var day = int.Parse(longFormat[6..8], System.Globalization.CultureInfo.InvariantCulture);
        return new DateOnly(year, month, day > 60 ? day - 60 : day);
    }
}

using KommunHubben.Domain.Identity;
using Xunit;

namespace KommunHubben.Tests.Unit.Identity;

/// <summary>Focused rules of <see cref="PersonalIdentityNumber"/>: century, calendar, samordningsnummer, format.</summary>
public sealed class PersonalIdentityNumberTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    // --- Century of the 10-digit forms, around the 100th birthday (today is 2026-11-24) ---

    [Theory]
    [InlineData("261123-1248", "2026-11-23")] // born yesterday
    [InlineData("261124-1239", "2026-11-24")] // born today
    [InlineData("261125-1238", "1926-11-25")] // 2026-11-25 is tomorrow, so 99 years old
    [InlineData("270101-1237", "1927-01-01")] // 99
    [InlineData("251231-1248", "2025-12-31")]
    [InlineData("2611241239", "2026-11-24")] // no separator reads as '-'
    [InlineData("2611251238", "1926-11-25")]
    public void With_a_dash_the_century_is_the_latest_that_puts_the_birth_on_or_before_today(string input, string expected)
    {
        var result = PersonalIdentityNumber.Parse(input, Today);

        Assert.True(result.IsValid, $"{input}: {result.Error}");
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Value.BirthDate);
    }

    [Theory]
    [InlineData("261123+1248", "1926-11-23")] // turned 100 yesterday
    [InlineData("261124+1239", "1926-11-24")] // turns 100 today
    [InlineData("261125+1238", "1926-11-25")] // turns 100 tomorrow: '+' is used from the year one turns 100
    [InlineData("251231+1248", "1925-12-31")]
    [InlineData("270101+1237", "1827-01-01")] // does not turn 100 this year, so a century earlier
    public void With_a_plus_the_person_turns_100_this_calendar_year_or_earlier(string input, string expected)
    {
        var result = PersonalIdentityNumber.Parse(input, Today);

        Assert.True(result.IsValid, $"{input}: {result.Error}");
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Value.BirthDate);
    }

    [Fact]
    public void On_new_years_day_a_person_born_that_year_a_century_ago_switches_to_the_plus_form()
    {
        var newYearsDay = new DateOnly(2027, 1, 1);

        Assert.Equal(new DateOnly(1927, 1, 1), PersonalIdentityNumber.Parse("270101+1237", newYearsDay).Value!.BirthDate);
        Assert.Equal(new DateOnly(2027, 1, 1), PersonalIdentityNumber.Parse("270101-1237", newYearsDay).Value!.BirthDate);
    }

    [Fact]
    public void A_ten_digit_number_without_separator_is_read_as_a_person_under_100()
    {
        // The vector 190905271474 is also written 0905271474 (valid). Without the '+', the short form cannot say
        // that the person is 117, so it resolves to 2009: still a valid number, but a different one.
        var result = PersonalIdentityNumber.Parse("0905271474", Today);

        Assert.True(result.IsValid);
        Assert.Equal("200905271474", result.Value.Normalized);
        Assert.Equal("190905271474", PersonalIdentityNumber.Parse("090527+1474", Today).Value!.Normalized);
    }

    [Theory]
    [InlineData("19261125-1238")]
    [InlineData("19261125+1238")]
    [InlineData("192611251238")]
    public void The_twelve_digit_form_states_the_century_and_either_separator_is_accepted(string input)
    {
        var result = PersonalIdentityNumber.Parse(input, Today);

        Assert.True(result.IsValid, $"{input}: {result.Error}");
        Assert.Equal("192611251238", result.Value.Normalized);
    }

    [Theory]
    [InlineData("20261125-1238")]
    [InlineData("202611251238")]
    public void A_twelve_digit_number_born_after_today_is_refused(string input)
    {
        var result = PersonalIdentityNumber.Parse(input, Today);

        Assert.Equal(IdentityNumberError.BirthDateInFuture, result.Error);
        Assert.Equal("the date of birth is in the future", result.Rule);
    }

    // --- Real calendar dates ---

    [Theory]
    [InlineData("000229-1235", "2000-02-29")] // 2000 is a leap year (divisible by 400)
    [InlineData("20000229-1235", "2000-02-29")]
    [InlineData("240229-1237", "2024-02-29")]
    [InlineData("040229+1231", "1904-02-29")]
    public void The_29th_of_february_is_accepted_in_a_leap_year(string input, string expected)
    {
        var result = PersonalIdentityNumber.Parse(input, Today);

        Assert.True(result.IsValid, $"{input}: {result.Error}");
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Value.BirthDate);
    }

    [Theory]
    [InlineData("230229-1238")] // 2023
    [InlineData("20230229-1238")]
    [InlineData("000229+1235")] // 1900: divisible by 100 but not by 400
    [InlineData("19000229-1235")]
    public void The_29th_of_february_is_refused_in_a_year_that_is_not_a_leap_year(string input)
    {
        var result = PersonalIdentityNumber.Parse(input, Today);

        Assert.Equal(IdentityNumberError.InvalidDate, result.Error);
        Assert.StartsWith("the date of birth is not a real calendar date", result.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("19900001-1234")] // month 0
    [InlineData("19901301-1234")] // month 13
    [InlineData("19900100-1234")] // day 0
    [InlineData("19900132-1234")] // day 32
    [InlineData("19900431-1234")] // 31 April
    [InlineData("00000101-1234")] // year 0
    public void A_date_that_does_not_exist_is_refused(string input)
    {
        Assert.Equal(IdentityNumberError.InvalidDate, PersonalIdentityNumber.Parse(input, Today).Error);
    }

    // --- Samordningsnummer ---

    [Theory]
    [InlineData("19900161-1236", "1990-01-01", "199001611236")] // day 61
    [InlineData("900191-1248", "1990-01-31", "199001911248")] // day 91
    [InlineData("20000289-1240", "2000-02-29", "200002891240")] // leap day + 60
    public void A_day_from_61_to_91_is_a_samordningsnummer_born_on_that_day_minus_60(
        string input, string expected, string normalized)
    {
        var result = PersonalIdentityNumber.Parse(input, Today);

        Assert.True(result.IsValid, $"{input}: {result.Error}");
        Assert.Equal(IdentityNumberKind.CoordinationNumber, result.Value.Kind);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Value.BirthDate);
        Assert.Equal(normalized, result.Value.Normalized); // the day stays as written (+60)
    }

    [Theory]
    [InlineData("19900192-1239")] // day 92
    [InlineData("19900160-1237")] // day 60 = day 0
    [InlineData("19900289-1233")] // 29 February 1990 + 60
    [InlineData("19900431-1230")] // 31 April
    public void A_samordningsnummer_whose_day_minus_60_is_not_a_real_date_is_refused(string input)
    {
        Assert.Equal(IdentityNumberError.InvalidDate, PersonalIdentityNumber.Parse(input, Today).Error);
    }

    [Fact]
    public void A_day_up_to_31_is_a_personnummer()
    {
        var result = PersonalIdentityNumber.Parse("19900101-1239", Today);

        Assert.True(result.IsValid);
        Assert.Equal(IdentityNumberKind.PersonalIdentityNumber, result.Value.Kind);
        Assert.Equal(new DateOnly(1990, 1, 1), result.Value.BirthDate);
    }

    // --- Sex and check digit ---

    [Theory]
    [InlineData("19900101-1239", Sex.Male)] // birth number 123: 3 is odd
    [InlineData("19900101-1247", Sex.Female)] // birth number 124: 4 is even
    public void The_third_digit_of_the_birth_number_gives_the_sex(string input, Sex expected)
    {
        Assert.Equal(expected, PersonalIdentityNumber.Parse(input, Today).Value!.Sex);
    }

    [Theory]
    [InlineData("19900101-1230")]
    [InlineData("19900101-1238")]
    [InlineData("9001011234")]
    [InlineData("19700428-9895")]
    public void A_wrong_check_digit_is_refused(string input)
    {
        var result = PersonalIdentityNumber.Parse(input, Today);

        Assert.Equal(IdentityNumberError.WrongCheckDigit, result.Error);
        Assert.Equal("the check digit does not match (Luhn)", result.Rule);
    }

    [Theory]
    [InlineData("20150916-0006")] // from the vectors: right date, right check digit, birth number 000
    [InlineData("150916-0006")]
    [InlineData("19900101-0009")]
    [InlineData("19900161-0006")] // a samordningsnummer too
    public void Birth_number_000_is_never_issued_and_is_refused(string input)
    {
        var result = PersonalIdentityNumber.Parse(input, Today);

        Assert.Equal(IdentityNumberError.InvalidBirthNumber, result.Error);
        Assert.Equal("the birth number (the three digits after the date of birth) must not be all zeros", result.Rule);
    }

    [Fact]
    public void Birth_number_001_is_accepted()
    {
        Assert.True(PersonalIdentityNumber.Parse("19900101-0017", Today).IsValid);
    }

    // --- Format ---

    [Theory]
    [InlineData("  19900101-1239  ")]
    [InlineData("\t900101-1239\r\n")]
    [InlineData("\u00A0199001011239\u00A0")]
    public void Surrounding_whitespace_is_trimmed(string input)
    {
        var result = PersonalIdentityNumber.Parse(input, Today);

        Assert.True(result.IsValid, $"{result.Error}");
        Assert.Equal("199001011239", result.Value.Normalized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Nothing_at_all_is_reported_as_missing(string? input)
    {
        var result = PersonalIdentityNumber.Parse(input, Today);

        Assert.Equal(IdentityNumberError.Missing, result.Error);
        Assert.Equal("a personnummer or samordningsnummer is required", result.Rule);
    }

    [Theory]
    [InlineData("19900101 1239")] // inner space
    [InlineData("900101 1239")]
    [InlineData("1990 0101-1239")]
    [InlineData("19900101--1239")]
    [InlineData("1990-01-01-1239")]
    [InlineData("19900101_1239")]
    [InlineData("19900101\u20131239")] // en dash
    [InlineData("9001-011239")] // separator in the wrong place
    [InlineData("90010-11239")]
    [InlineData("-9001011239")]
    [InlineData("+9001011239")]
    [InlineData("900101123")] // 9 digits
    [InlineData("90010112390")] // 11 digits
    [InlineData("1990010112390")] // 13 digits
    [InlineData("19900101-12390")]
    [InlineData("0")]
    [InlineData("abcdefghij")]
    [InlineData("9001011239x")]
    [InlineData("900101-A239")] // A is not an interim letter
    [InlineData("900101-E220")]
    [InlineData("900101-1T39")] // letter elsewhere in the birth number
    [InlineData("9001O1-1239")] // letter O for zero
    [InlineData("\u0669\u0660\u0660\u0661\u0660\u0661\u0661\u0662\u0663\u0669")] // Arabic-Indic digits
    [InlineData("１９９００１０１１２３９")] // full-width digits
    public void Anything_else_unusual_is_the_wrong_format(string input)
    {
        var result = PersonalIdentityNumber.Parse(input, Today);

        Assert.Equal(IdentityNumberError.WrongFormat, result.Error);
        Assert.Equal("must be 10 or 12 digits, optionally with '-' or '+' before the last four", result.Rule);
    }

    [Theory]
    [InlineData("000101-T220")]
    [InlineData("000101-t220")]
    [InlineData("20000101N220")]
    [InlineData(" 000101R220 ")]
    [InlineData("000101-T229")] // interim with a wrong check digit: still told that interim numbers are not accepted
    public void An_interim_number_is_refused_as_an_interim_number(string input)
    {
        Assert.Equal(IdentityNumberError.InterimNumberNotAccepted, PersonalIdentityNumber.Parse(input, Today).Error);
    }

    [Theory]
    [InlineData("855104-0721")]
    [InlineData("8551040721")]
    [InlineData("16855104-0721")]
    [InlineData("168551040721")]
    public void A_valid_organisation_number_is_not_a_personnummer(string input)
    {
        var result = PersonalIdentityNumber.Parse(input, Today);

        Assert.Equal(IdentityNumberError.OrganisationNumberNotAccepted, result.Error);
        Assert.Equal("this is an organisation number; a personnummer or samordningsnummer is required", result.Rule);
    }

    [Fact]
    public void A_number_that_only_looks_like_an_organisation_number_is_an_invalid_date()
    {
        // Third digit 2 (month 20+) but a wrong check digit: not an organisation number, and no real date of birth.
        Assert.Equal(IdentityNumberError.InvalidDate, PersonalIdentityNumber.Parse("302020-1237", Today).Error);
    }

    // --- Value semantics and secrecy ---

    [Fact]
    public void Two_forms_of_the_same_number_are_equal()
    {
        var a = PersonalIdentityNumber.Parse("900101-1239", Today).Value!;
        var b = PersonalIdentityNumber.Parse(" 199001011239", Today).Value!;
        var other = PersonalIdentityNumber.Parse("900101-1247", Today).Value!;

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, other);
        Assert.True(a != other);
        Assert.False(a.Equals(null));
        Assert.False(a == null);
        Assert.Single(new HashSet<PersonalIdentityNumber> { a, b });
    }

    [Fact]
    public void To_string_never_shows_the_number()
    {
        var number = PersonalIdentityNumber.Parse("900101-1239", Today).Value!;

        Assert.Equal("PersonalIdentityNumber(***)", number.ToString());
        Assert.Equal("PersonalIdentityNumber(***)", $"{number}");
    }

    [Fact]
    public void The_number_is_available_explicitly_as_twelve_digits()
    {
        Assert.Equal("199001011239", PersonalIdentityNumber.Parse("900101-1239", Today).Value!.Normalized);
    }
}

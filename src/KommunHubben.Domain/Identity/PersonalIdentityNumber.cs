using System.Globalization;

namespace KommunHubben.Domain.Identity;

/// <summary>
/// A valid Swedish personnummer or samordningsnummer (coordination number).
/// </summary>
/// <remarks>
/// <para>Accepted written forms (surrounding whitespace is trimmed; nothing else is tolerated):
/// <c>YYMMDD-NNNC</c>, <c>YYMMDD+NNNC</c>, <c>YYMMDDNNNC</c>, <c>YYYYMMDDNNNC</c>, <c>YYYYMMDD-NNNC</c> and
/// <c>YYYYMMDD+NNNC</c>.</para>
/// <para>Century of the 10-digit forms, resolved against the reference date <c>today</c>:
/// with <c>-</c> or no separator, the most recent century that puts the date of birth on or before <c>today</c>
/// (the person is under 100); with <c>+</c>, the most recent birth year no later than <c>today.Year - 100</c>.
/// The '+' rule is by calendar year because Skatteverket switches the separator in the year the person turns 100,
/// not on the birthday: on 2026-11-24, <c>261201+NNNC</c> is a person born 1926-12-01 (turning 100 this year), and
/// so, by the "not in the future" rule, is <c>261201-NNNC</c>. A 10-digit form without a separator is read as '-',
/// because the separator is the only thing that tells a centenarian apart.</para>
/// <para>The 12-digit forms state the century, so their separator carries no information and either one is accepted;
/// their date of birth must not lie after <c>today</c>.</para>
/// <para>Check digit: Luhn over the nine digits after the century (YYMMDDNNN, with the day as written, i.e. +60 for a
/// samordningsnummer). Day 61–91 marks a samordningsnummer; the date of birth (day − 60) must be a real date.
/// The third digit of the birth number is odd for men and even for women.</para>
/// <para>Refused with a specific error: interim numbers (a letter T, R, S, U, W, X, J, K, L, M or N where the birth
/// number starts) and organisation numbers. Birth number 000 is refused too: it is never issued, and the shared
/// conformance vectors (personnummer/meta) expect it to be invalid even where date and check digit are right.</para>
/// <para>The number is personal data: <see cref="ToString"/> masks it, and error texts never contain it. Use
/// <see cref="Normalized"/> explicitly where the number itself is needed (storage, encryption, matching).</para>
/// </remarks>
public sealed class PersonalIdentityNumber : IEquatable<PersonalIdentityNumber>
{
    private const string Masked = "PersonalIdentityNumber(***)";
    private const string InterimLetters = "TRSUWXJKLMN";

    private PersonalIdentityNumber(string normalized, IdentityNumberKind kind, DateOnly birthDate, Sex sex)
    {
        Normalized = normalized;
        Kind = kind;
        BirthDate = birthDate;
        Sex = sex;
    }

    /// <summary>The number as 12 digits, <c>YYYYMMDDNNNC</c>, without separator (day + 60 for a samordningsnummer).</summary>
    public string Normalized { get; }

    /// <summary>Personnummer or samordningsnummer.</summary>
    public IdentityNumberKind Kind { get; }

    /// <summary>The real date of birth (for a samordningsnummer: the day in the number minus 60).</summary>
    public DateOnly BirthDate { get; }

    /// <summary>Male when the third digit of the birth number is odd, female when it is even.</summary>
    public Sex Sex { get; }

    /// <summary>
    /// Parses and validates a personnummer or samordningsnummer. Never throws for bad input; the result's
    /// <see cref="IdentityParseResult{T}.Rule"/> says which rule was broken without repeating the input.
    /// </summary>
    /// <param name="input">The number as the user wrote it.</param>
    /// <param name="today">The reference date that resolves the century of the 10-digit forms (normally today).</param>
    public static IdentityParseResult<PersonalIdentityNumber> Parse(string? input, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return Fail(IdentityNumberError.Missing);
        }

        var text = input.AsSpan().Trim();

        // Lengths 10..13 map one-to-one onto the forms: 6 or 8 date digits, an optional separator, 4 final characters.
        char separator;
        ReadOnlySpan<char> datePart;
        switch (text.Length)
        {
            case 10 or 12:
                separator = '\0';
                datePart = text[..^4];
                break;
            case 11 or 13:
                separator = text[^5];
                if (separator is not ('-' or '+'))
                {
                    return Fail(IdentityNumberError.WrongFormat);
                }

                datePart = text[..^5];
                break;
            default:
                return Fail(IdentityNumberError.WrongFormat);
        }

        var lastFour = text[^4..];
        if (!AsciiDigits.IsAll(datePart) || !AsciiDigits.IsAll(lastFour[1..]))
        {
            return Fail(IdentityNumberError.WrongFormat);
        }

        if (!char.IsAsciiDigit(lastFour[0]))
        {
            return InterimLetters.Contains(char.ToUpperInvariant(lastFour[0]), StringComparison.Ordinal)
                ? Fail(IdentityNumberError.InterimNumberNotAccepted)
                : Fail(IdentityNumberError.WrongFormat);
        }

        if (separator != '+' && IsOrganisationNumber(datePart, lastFour))
        {
            return Fail(IdentityNumberError.OrganisationNumberNotAccepted);
        }

        var shortDate = datePart[^6..];
        var yearInCentury = AsciiDigits.ToInt32(shortDate[..2]);
        var month = AsciiDigits.ToInt32(shortDate[2..4]);
        var dayAsWritten = AsciiDigits.ToInt32(shortDate[4..6]);
        var kind = dayAsWritten > 60 ? IdentityNumberKind.CoordinationNumber : IdentityNumberKind.PersonalIdentityNumber;
        var day = kind == IdentityNumberKind.CoordinationNumber ? dayAsWritten - 60 : dayAsWritten;

        var year = datePart.Length == 8
            ? AsciiDigits.ToInt32(datePart[..4])
            : BirthCentury.ResolveYear(yearInCentury, month, day, separator == '+', today);

        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return Fail(IdentityNumberError.InvalidDate);
        }

        if (lastFour[..3] is "000")
        {
            return Fail(IdentityNumberError.InvalidBirthNumber);
        }

        Span<char> tenDigits = stackalloc char[10];
        shortDate.CopyTo(tenDigits);
        lastFour.CopyTo(tenDigits[6..]);
        if (!Luhn.IsValid(tenDigits))
        {
            return Fail(IdentityNumberError.WrongCheckDigit);
        }

        var birthDate = new DateOnly(year, month, day);
        if (birthDate > today)
        {
            return Fail(IdentityNumberError.BirthDateInFuture);
        }

        var normalized = string.Concat(year.ToString("D4", CultureInfo.InvariantCulture), tenDigits[2..]);
        var sex = (lastFour[2] - '0') % 2 == 1 ? Sex.Male : Sex.Female;
        return IdentityParseResult<PersonalIdentityNumber>.Success(
            new PersonalIdentityNumber(normalized, kind, birthDate, sex));
    }

    /// <summary>Value equality on <see cref="Normalized"/>.</summary>
    public bool Equals(PersonalIdentityNumber? other) =>
        other is not null && string.Equals(Normalized, other.Normalized, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PersonalIdentityNumber);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Normalized);

    /// <summary>Always <c>PersonalIdentityNumber(***)</c>, so the number cannot leak into logs by accident.</summary>
    public override string ToString() => Masked;

    /// <summary>Value equality on <see cref="Normalized"/>.</summary>
    public static bool operator ==(PersonalIdentityNumber? left, PersonalIdentityNumber? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality on <see cref="Normalized"/>.</summary>
    public static bool operator !=(PersonalIdentityNumber? left, PersonalIdentityNumber? right) => !(left == right);

    private static IdentityParseResult<PersonalIdentityNumber> Fail(IdentityNumberError error) =>
        IdentityParseResult<PersonalIdentityNumber>.Failure(error, IdentityNumberRules.ForPersonalIdentityNumber(error));

    /// <summary>
    /// True for a valid organisation number: 10 digits (or "16" + 10 digits) whose third digit is 2 or higher and
    /// whose last digit is the Luhn check digit of the other nine.
    /// </summary>
    private static bool IsOrganisationNumber(ReadOnlySpan<char> datePart, ReadOnlySpan<char> lastFour)
    {
        if (datePart.Length == 8 && !datePart.StartsWith("16", StringComparison.Ordinal))
        {
            return false;
        }

        var sixDigits = datePart[^6..];
        if (sixDigits[2] < '2')
        {
            return false;
        }

        Span<char> tenDigits = stackalloc char[10];
        sixDigits.CopyTo(tenDigits);
        lastFour.CopyTo(tenDigits[6..]);
        return Luhn.IsValid(tenDigits);
    }
}

namespace KommunHubben.Domain.Identity;

/// <summary>
/// A valid Swedish organisation number (organisationsnummer), e.g. an employer's.
/// </summary>
/// <remarks>
/// Accepted forms (surrounding whitespace trimmed): <c>NNNNNN-NNNN</c>, <c>NNNNNNNNNN</c>, and the same prefixed with
/// <c>16</c> (<c>16NNNNNN-NNNN</c>, <c>16NNNNNNNNNN</c>). The third digit is 2 or higher (lower values would be a
/// month and belong to personal identity numbers), and the last digit is the Luhn check digit over the first nine.
/// Organisation numbers are public, so <see cref="ToString"/> shows the number.
/// </remarks>
public sealed class OrganisationNumber : IEquatable<OrganisationNumber>
{
    private OrganisationNumber(string normalized) => Normalized = normalized;

    /// <summary>The number as 10 digits without separator or "16" prefix.</summary>
    public string Normalized { get; }

    /// <summary>
    /// Parses and validates an organisation number. Never throws for bad input; the result's
    /// <see cref="IdentityParseResult{T}.Rule"/> says which rule was broken.
    /// </summary>
    public static IdentityParseResult<OrganisationNumber> Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return Fail(IdentityNumberError.Missing);
        }

        var text = input.AsSpan().Trim();
        if (text.Length is 12 or 13)
        {
            if (!text.StartsWith("16", StringComparison.Ordinal))
            {
                return Fail(IdentityNumberError.WrongFormat);
            }

            text = text[2..];
        }

        Span<char> digits = stackalloc char[10];
        switch (text.Length)
        {
            case 10 when AsciiDigits.IsAll(text):
                text.CopyTo(digits);
                break;
            case 11 when text[6] == '-' && AsciiDigits.IsAll(text[..6]) && AsciiDigits.IsAll(text[7..]):
                text[..6].CopyTo(digits);
                text[7..].CopyTo(digits[6..]);
                break;
            default:
                return Fail(IdentityNumberError.WrongFormat);
        }

        if (digits[2] < '2')
        {
            return Fail(IdentityNumberError.NotAnOrganisationNumber);
        }

        if (!Luhn.IsValid(digits))
        {
            return Fail(IdentityNumberError.WrongCheckDigit);
        }

        return IdentityParseResult<OrganisationNumber>.Success(new OrganisationNumber(new string(digits)));
    }

    /// <summary>Value equality on <see cref="Normalized"/>.</summary>
    public bool Equals(OrganisationNumber? other) =>
        other is not null && string.Equals(Normalized, other.Normalized, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as OrganisationNumber);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Normalized);

    /// <summary>The number in its usual written form, <c>NNNNNN-NNNN</c>.</summary>
    public override string ToString() => string.Concat(Normalized.AsSpan(0, 6), "-", Normalized.AsSpan(6));

    /// <summary>Value equality on <see cref="Normalized"/>.</summary>
    public static bool operator ==(OrganisationNumber? left, OrganisationNumber? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality on <see cref="Normalized"/>.</summary>
    public static bool operator !=(OrganisationNumber? left, OrganisationNumber? right) => !(left == right);

    private static IdentityParseResult<OrganisationNumber> Fail(IdentityNumberError error) =>
        IdentityParseResult<OrganisationNumber>.Failure(error, IdentityNumberRules.ForOrganisationNumber(error));
}

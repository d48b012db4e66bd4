namespace KommunHubben.Domain.Identity;

/// <summary>
/// The Luhn (mod 10) check digit used by personnummer, samordningsnummer and organisation numbers: starting from the
/// rightmost payload digit, every other digit is doubled (products above 9 have 9 subtracted), and the check digit
/// brings the sum up to a multiple of 10. For the 9 digits of a personnummer (YYMMDDNNN) this is the weights
/// 2,1,2,1,2,1,2,1,2 from the left.
/// </summary>
public static class Luhn
{
    /// <summary>The check digit (0–9) for a payload of ASCII digits.</summary>
    /// <exception cref="ArgumentException">The payload is empty or contains something other than ASCII digits.</exception>
    public static int ComputeCheckDigit(ReadOnlySpan<char> payload)
    {
        if (payload.IsEmpty)
        {
            throw new ArgumentException("The payload must contain at least one digit.", nameof(payload));
        }

        var sum = 0;
        var doubleIt = true;
        for (var i = payload.Length - 1; i >= 0; i--)
        {
            var c = payload[i];
            if (!char.IsAsciiDigit(c))
            {
                // The message deliberately does not echo the value: it may be personal data.
                throw new ArgumentException("The payload must contain only the digits 0-9.", nameof(payload));
            }

            var digit = c - '0';
            if (doubleIt)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
            doubleIt = !doubleIt;
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <summary>True when the last digit of <paramref name="digits"/> is the Luhn check digit of the ones before it.</summary>
    /// <remarks>Returns false (never throws) for fewer than two characters or anything other than ASCII digits.</remarks>
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length < 2 || !AsciiDigits.IsAll(digits))
        {
            return false;
        }

        return ComputeCheckDigit(digits[..^1]) == digits[^1] - '0';
    }
}

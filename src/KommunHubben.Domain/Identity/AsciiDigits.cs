namespace KommunHubben.Domain.Identity;

/// <summary>Helpers for strings of ASCII digits '0'–'9' (identity numbers never accept other Unicode digits).</summary>
internal static class AsciiDigits
{
    public static bool IsAll(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The value of a short run of ASCII digits (the caller has checked them).</summary>
    public static int ToInt32(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }
}

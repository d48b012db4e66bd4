namespace KommunHubben.Domain.Identity;

/// <summary>
/// The century rule for the 10-digit forms of a personnummer (see <see cref="PersonalIdentityNumber"/>'s remarks):
/// with '-' or no separator, the most recent century that puts the date of birth on or before today; with '+', the
/// most recent birth year no later than today's year minus 100 (Skatteverket switches the separator in the year the
/// person turns 100, not on the birthday).
/// </summary>
internal static class BirthCentury
{
    /// <summary>The full birth year of a 10-digit form written on <paramref name="today"/>.</summary>
    public static int ResolveYear(int yearInCentury, int month, int day, bool plus, DateOnly today)
    {
        if (plus)
        {
            return LatestYearNotAfter(today.Year - 100, yearInCentury);
        }

        var year = LatestYearNotAfter(today.Year, yearInCentury);

        // Compared as numbers so that an impossible month or day still resolves (it is refused right after).
        if (year == today.Year && (month > today.Month || (month == today.Month && day > today.Day)))
        {
            year -= 100;
        }

        return year;
    }

    private static int LatestYearNotAfter(int limit, int yearInCentury) =>
        limit - ((((limit - yearInCentury) % 100) + 100) % 100);
}

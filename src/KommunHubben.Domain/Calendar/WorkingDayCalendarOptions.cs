namespace KommunHubben.Domain.Calendar;

/// <summary>
/// Which days besides weekends and public holidays are not working days. The eves below are not holidays by law,
/// but Swedish employers, the municipality and Arbetsförmedlingen treat them as days off, so deadlines must not
/// fall on them; they are settings because that is practice, not statute. Bound from configuration by the host.
/// </summary>
public sealed class WorkingDayCalendarOptions
{
    /// <summary>The configuration section this is bound from.</summary>
    public const string Section = "Hub:Calendar";

    /// <summary>
    /// Midsommarafton (the Friday before midsommardagen) is a day off (assumed, configurable). The issue states
    /// explicitly that midsommarafton does not count as a working day.
    /// </summary>
    public bool MidsummerEveIsClosed { get; set; } = true;

    /// <summary>Julafton, 24 December, is a day off (assumed, configurable).</summary>
    public bool ChristmasEveIsClosed { get; set; } = true;

    /// <summary>Nyårsafton, 31 December, is a day off (assumed, configurable).</summary>
    public bool NewYearsEveIsClosed { get; set; } = true;

    /// <summary>
    /// Further days off decided locally, e.g. a klämdag (the Friday after Kristi himmelsfärdsdag) the municipality
    /// closes on. Empty by default: such decisions differ per organisation and year.
    /// </summary>
    public IReadOnlyList<DateOnly> ExtraClosedDays { get; set; } = [];
}

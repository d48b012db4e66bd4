namespace KommunHubben.Domain.WageSubsidy;

/// <summary>
/// The arithmetic of a wage subsidy: what wage it is calculated on, how much it is a month, and the dates a decision
/// covers. Amounts are whole kronor, rounded half away from zero (0.50 kr up), as AF's decisions state them.
/// </summary>
/// <remarks>
/// Simplified (assumed): the basis is the gross monthly wage only. AF's real calculation is on the wage cost, which
/// adds employer contributions and similar costs; that is AF's to compute, the hub only shows an estimate.
/// </remarks>
public static class WageSubsidyCalculator
{
    /// <summary>
    /// The wage the subsidy is calculated on: the gross monthly wage, but at most the ceiling for the job's extent
    /// (the full-time ceiling × extent / 100; at 75 % the 20 000 kr ceiling becomes 15 000 kr).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The wage is not positive, the extent is outside 1–100, or the configured ceiling is not positive.</exception>
    public static decimal SubsidyBasis(decimal grossMonthlyWage, int extentPercent, WageSubsidyRulesOptions rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(grossMonthlyWage);
        ArgumentOutOfRangeException.ThrowIfLessThan(extentPercent, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(extentPercent, 100);
        if (rules.WageCeilingFullTime <= 0m)
            throw new ArgumentOutOfRangeException(nameof(rules), "The configured wage ceiling must be more than 0 kr.");

        // The ceiling is per full-time month, so a part-time job gets its share of it: a part-time wage is already
        // lower, and comparing it with the full-time ceiling would let part-time jobs escape the cap.
        var ceilingForExtent = rules.WageCeilingFullTime * extentPercent / 100m;
        return WholeKronor(Math.Min(grossMonthlyWage, ceilingForExtent));
    }

    /// <summary>The subsidy a month: <paramref name="subsidyPercent"/> % of the basis, in whole kronor.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The basis is negative, or the percent is outside 1–<see cref="WageSubsidyRulesOptions.MaxSubsidyPercent"/>.</exception>
    public static decimal MonthlySubsidy(decimal basis, int subsidyPercent, WageSubsidyRulesOptions rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentOutOfRangeException.ThrowIfNegative(basis);
        ArgumentOutOfRangeException.ThrowIfLessThan(subsidyPercent, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(subsidyPercent, rules.MaxSubsidyPercent);
        return WholeKronor(basis * subsidyPercent / 100m);
    }

    /// <summary>
    /// The first and last day a decision of <paramref name="months"/> months starting on <paramref name="start"/>
    /// covers. The end is the day before the same date <paramref name="months"/> months later, so an extension that
    /// starts the day after <c>End</c> leaves no gap and no overlap.
    /// </summary>
    /// <remarks>
    /// When the start day does not exist in the end month, <see cref="DateOnly.AddMonths"/> moves to the month's last
    /// day: 31 January + 1 month covers 31 January – 27 February (28 February in a leap year).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is less than 1.</exception>
    public static (DateOnly Start, DateOnly End) DecisionPeriod(DateOnly start, int months)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        return (start, start.AddMonths(months).AddDays(-1));
    }

    private static decimal WholeKronor(decimal amount) => Math.Round(amount, 0, MidpointRounding.AwayFromZero);
}

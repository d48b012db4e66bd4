using KommunHubben.Domain.Indicators.Suppression;

namespace KommunHubben.Domain.Indicators;

/// <summary>A share of a group as published: numerator and denominator (each shown or hidden) and the percentage
/// when both are shown.</summary>
public sealed record ShareFigure(Cell Numerator, Cell Denominator, decimal? Percent)
{
    /// <summary>
    /// A single share outside any table: the denominator is hidden below the threshold; the numerator is hidden when
    /// it, or its complement (denominator − numerator), is below the threshold — 38 of 40 would otherwise tell about
    /// the 2 others; the percentage only when both are shown.
    /// </summary>
    public static ShareFigure Of(int numerator, int denominator, int threshold)
    {
        var den = denominator < threshold ? Cell.Hidden(SuppressionReason.Primary) : Cell.Shown(denominator);
        var num = numerator < threshold || denominator - numerator < threshold
            ? Cell.Hidden(den.IsSuppressed ? SuppressionReason.Primary : numerator < threshold ? SuppressionReason.Primary : SuppressionReason.Secondary)
            : Cell.Shown(numerator);
        return new ShareFigure(num, den, Percentage(num, den));
    }

    /// <summary>Percentage with one decimal (half away from zero) when both figures are shown, else null.</summary>
    public static decimal? Percentage(Cell numerator, Cell denominator) =>
        numerator.Value is { } n && denominator.Value is { } d && d > 0
            ? Math.Round(100m * n / d, 1, MidpointRounding.AwayFromZero)
            : null;
}

namespace KommunHubben.Domain.Indicators.Suppression;

/// <summary>Why a figure is not shown.</summary>
public enum SuppressionReason
{
    /// <summary>Shown.</summary>
    None,

    /// <summary>The group is smaller than the threshold.</summary>
    Primary,

    /// <summary>Hidden so that a primary-suppressed figure cannot be worked out by subtracting from a total.</summary>
    Secondary,
}

/// <summary>One figure as published: its value when shown, or the reason it is hidden (never the value then).</summary>
public readonly record struct Cell(int? Value, SuppressionReason Suppression)
{
    /// <summary>What is printed in place of a hidden figure.</summary>
    public const string Dash = "–";

    public bool IsSuppressed => Suppression != SuppressionReason.None;

    public static Cell Shown(int value) => new(value, SuppressionReason.None);

    public static Cell Hidden(SuppressionReason reason) => new(null, reason);

    public override string ToString() => Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Dash;
}

namespace KommunHubben.Domain.Indicators;

/// <summary>What a closure counts as in the primary indicator.</summary>
public enum ClosureCategory
{
    /// <summary>Counted in the numerator and the denominator.</summary>
    Work,

    /// <summary>Counted in the numerator and the denominator.</summary>
    Studies,

    /// <summary>Counted in the denominator only.</summary>
    Other,

    /// <summary>Återremitterad: left out of the denominator.</summary>
    ReReferred,
}

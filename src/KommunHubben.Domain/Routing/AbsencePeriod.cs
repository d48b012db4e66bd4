namespace KommunHubben.Domain.Routing;

/// <summary>
/// A period an officer is away (leave, illness, training), both days included: an officer absent 3–7 March gets no
/// new case on the 3rd or the 7th, and is back in the rotation on the 8th.
/// </summary>
public sealed record AbsencePeriod
{
    public AbsencePeriod(DateOnly from, DateOnly to)
    {
        if (to < from)
            throw new ArgumentException($"An absence cannot end ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        From = from;
        To = to;
    }

    /// <summary>The first day away.</summary>
    public DateOnly From { get; }

    /// <summary>The last day away.</summary>
    public DateOnly To { get; }

    /// <summary>True when <paramref name="day"/> falls inside the period, ends included.</summary>
    public bool Covers(DateOnly day) => From <= day && day <= To;
}

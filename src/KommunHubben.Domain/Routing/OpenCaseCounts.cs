using KommunHubben.Domain.Cases;

namespace KommunHubben.Domain.Routing;

/// <summary>
/// How many cases an officer holds open, per case type. Kept as one number per type rather than one entry per case:
/// routing weighs every officer's load for every new case, and that must cost the same whether an officer holds five
/// cases or five thousand (the hub's load rows are counts too).
/// </summary>
public sealed class OpenCaseCounts
{
    private static readonly int TypeCount = Enum.GetValues<CaseType>().Length;
    private readonly int[] _byType;

    private OpenCaseCounts(int[] byType) => _byType = byType;

    public static OpenCaseCounts None { get; } = new(new int[TypeCount]);

    /// <summary>One open case per entry: <c>Of(WageSubsidy, WageSubsidy, GeneralQuestion)</c>.</summary>
    public static OpenCaseCounts Of(params IEnumerable<CaseType> cases) => From(cases.Select(type => (type, 1)));

    /// <summary>From (type, count) pairs; a type may come more than once.</summary>
    public static OpenCaseCounts From(IEnumerable<(CaseType Type, int Count)> counts)
    {
        var byType = new int[TypeCount];
        foreach (var (type, count) in counts)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count);
            byType[(int)type] += count;
        }
        return new OpenCaseCounts(byType);
    }

    /// <summary>All open cases, whatever their type.</summary>
    public int Total => _byType.Sum();

    public int CountOf(CaseType type) => _byType[(int)type];

    /// <summary>These counts with one more case of <paramref name="type"/>.</summary>
    public OpenCaseCounts Plus(CaseType type)
    {
        var byType = (int[])_byType.Clone();
        byType[(int)type]++;
        return new OpenCaseCounts(byType);
    }

    /// <summary>The sum over the types of count × the type's weight.</summary>
    public int Weighted(Func<CaseType, int> weightOf)
    {
        var load = 0;
        for (var type = 0; type < _byType.Length; type++)
            if (_byType[type] > 0) load += _byType[type] * weightOf((CaseType)type);
        return load;
    }
}

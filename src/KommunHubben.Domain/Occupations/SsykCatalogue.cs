using System.Collections.Frozen;
using System.Text.Json;

namespace KommunHubben.Domain.Occupations;

/// <summary>
/// Arbetsförmedlingen's list of SSYK 2012 occupation groups (level 4). A wage-subsidy case is decided by AF, so a job's
/// occupation is validated against AF's list, not SCB's. The list ships with the hub (see README.md beside this file)
/// so validation keeps working when the JobTech Taxonomy API is down.
/// </summary>
/// <remarks>
/// AF's level 4 has 400 groups where SCB's SSYK 2012 has 429. Codes written from SCB's list are still accepted where
/// AF merged the group, and resolve to AF's group:
/// <list type="bullet">
/// <item>SCB splits most manager groups into level 1 and level 2 (e.g. 1211 and 1212); AF keeps one group ending in 0
/// (1210).</item>
/// <item>SCB 5322 is part of AF 5321, and SCB 5324 part of AF 5323.</item>
/// </list>
/// SCB 4430 and 7619 have no AF group and are refused, like any code neither list has.
/// </remarks>
public sealed class SsykCatalogue
{
    private const string ResourceName = "KommunHubben.Domain.Occupations.ssyk2012-level4.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        // A typo in a field name must fail loudly rather than load 400 entries with null labels.
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    private static readonly Lazy<SsykCatalogue> ShippedList = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>SCB groups that AF folded into a neighbouring group outside the manager pattern.</summary>
    private static readonly FrozenDictionary<string, string> ScbMergedGroups = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["5322"] = "5321",
        ["5324"] = "5323",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// SCB manager groups that have no level 1/level 2 split (SCB lists only 1230, 1380 and 1540 themselves), so
    /// 1231, 1232, 1381, 1382, 1541 and 1542 are not SCB codes and must not be mapped to AF's group.
    /// </summary>
    private static readonly FrozenSet<string> ScbUnsplitManagerGroups = new[] { "1230", "1380", "1540" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, SsykOccupation> _byCode;

    /// <summary>Builds a catalogue from a list of occupation groups, e.g. one fetched from the JobTech Taxonomy.</summary>
    /// <exception cref="ArgumentException">A code is not four ASCII digits, a label or id is blank, or a code repeats.</exception>
    public SsykCatalogue(IEnumerable<SsykOccupation> occupations)
    {
        ArgumentNullException.ThrowIfNull(occupations);
        var byCode = new Dictionary<string, SsykOccupation>(StringComparer.Ordinal);
        foreach (var occupation in occupations)
        {
            if (!IsFourDigitCode(occupation.Code))
                throw new ArgumentException("Every occupation code must be exactly four ASCII digits.", nameof(occupations));
            if (string.IsNullOrWhiteSpace(occupation.Label) || string.IsNullOrWhiteSpace(occupation.TaxonomyId))
                throw new ArgumentException($"Occupation {occupation.Code} needs a label and a taxonomy id.", nameof(occupations));
            if (!byCode.TryAdd(occupation.Code, occupation))
                throw new ArgumentException($"Occupation code {occupation.Code} appears more than once.", nameof(occupations));
        }

        _byCode = byCode.ToFrozenDictionary(StringComparer.Ordinal);
        All = byCode.Values.OrderBy(o => o.Code, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The list shipped inside this assembly; read once, on first use.</summary>
    public static SsykCatalogue Shipped => ShippedList.Value;

    /// <summary>Every occupation group, sorted by code.</summary>
    public IReadOnlyList<SsykOccupation> All { get; }

    /// <summary>True when <paramref name="code"/> is exactly four ASCII digits (no other Unicode digits).</summary>
    public static bool IsFourDigitCode(string? code) =>
        code is { Length: 4 } && code.All(char.IsAsciiDigit);

    /// <summary>
    /// Finds AF's occupation group for a code. Surrounding whitespace is ignored; anything but four ASCII digits is
    /// refused. An SCB code that AF merged resolves to AF's group (e.g. 1211 and 1212 to 1210).
    /// </summary>
    public bool TryResolve(string? code, out SsykOccupation occupation)
    {
        occupation = null!;
        var trimmed = code?.Trim();
        if (!IsFourDigitCode(trimmed))
            return false;

        if (_byCode.TryGetValue(trimmed!, out var found)
            || (AfGroupForScbCode(trimmed!) is { } afCode && _byCode.TryGetValue(afCode, out found)))
        {
            occupation = found;
            return true;
        }

        return false;
    }

    /// <summary>AF's group code for an SCB code that AF merged, or null when the code is not one of those.</summary>
    private static string? AfGroupForScbCode(string code)
    {
        if (ScbMergedGroups.TryGetValue(code, out var merged))
            return merged;

        // Manager groups 12xx–17xx: SCB's level 1 ends in 1 and level 2 in 2; AF's single group ends in 0.
        // Major group 11 (politicians, directors) is not split at SCB and is identical at AF.
        if (code[0] == '1' && code[1] is >= '2' and <= '7' && code[3] is '1' or '2')
        {
            var afCode = string.Concat(code.AsSpan(0, 3), "0");
            return ScbUnsplitManagerGroups.Contains(afCode) ? null : afCode;
        }

        return null;
    }

    private static SsykCatalogue LoadShipped()
    {
        using var stream = typeof(SsykCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        return Load(stream);
    }

    /// <summary>Reads a list in the shipped format: a JSON array of <c>{"code", "label", "taxonomyId"}</c>.</summary>
    public static SsykCatalogue Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var entries = JsonSerializer.Deserialize<SsykOccupation[]>(json, JsonOptions)
            ?? throw new InvalidDataException("The occupation list is empty (JSON null).");
        return new SsykCatalogue(entries);
    }
}

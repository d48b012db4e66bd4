namespace KommunHubben.Domain.Routing;

/// <summary>
/// Why a case went to an officer, as a code and its arguments (officer ids, a case type, load figures), never a
/// sentence: the pages word it in the reader's language with the officers' names. Stored on the case in a compact
/// "code|arg|arg…" form (ids and case types contain no '|'); a stored text not in that form is an older free-text
/// reason, which the pages show as a general "routed by the rules".
/// </summary>
public sealed record RoutingReason(string Code, IReadOnlyList<string> Args)
{
    /// <summary>The least loaded present officer with the case type. Args: officer, case type, load, cap.</summary>
    public const string BySkill = "bySkill";

    /// <summary>Every skilled officer was at the cap; the least loaded got it anyway. Args: officer, case type, load, cap.</summary>
    public const string AllAtCap = "allAtCap";

    /// <summary>A follow-up went back to the officer who had the person before. Args: officer, load, cap.</summary>
    public const string PreviousOfficer = "previousOfficer";

    /// <summary>The unit's designated hub officer. Args: officer, load, cap.</summary>
    public const string HubOfficer = "hubOfficer";

    /// <summary>No present officer has the case type. Args: case type.</summary>
    public const string NoOfficer = "noOfficer";

    /// <summary>An officer claimed the case from the shared AF queue. Args: the claiming officer, the officer it had been routed to.</summary>
    public const string ClaimedFromQueue = "claimedFromQueue";

    /// <summary>Why a skilled officer was passed over (trailing arguments "officer:why" after the code's own).</summary>
    public const string Absent = "absent";
    public const string AtCap = "atCap";
    public const string LacksSkill = "lacksSkill";
    public const string NotFound = "notFound";
    public const string NotAvailable = "notAvailable";

    public static IReadOnlyList<string> PassedOverCodes { get; } = [Absent, AtCap, LacksSkill, NotFound, NotAvailable];

    /// <summary>A trailing argument naming an officer passed over and why, e.g. "af-bilal:absent".</summary>
    public static string PassedOver(string officerId, string why) => $"{officerId}:{why}";

    /// <summary>How many arguments a code has before the officers passed over.</summary>
    public static int FixedArgs(string code) => code switch
    {
        BySkill or AllAtCap => 4,
        PreviousOfficer or HubOfficer => 3,
        NoOfficer => 1,
        _ => 2,
    };

    private const char Separator = '|';

    public static IReadOnlyList<string> AllCodes { get; } = [BySkill, AllAtCap, PreviousOfficer, HubOfficer, NoOfficer, ClaimedFromQueue];

    public RoutingReason(string code, params string[] args) : this(code, (IReadOnlyList<string>)args) { }

    /// <summary>The compact form kept in the case's RoutingReason column.</summary>
    public string Serialize() => string.Join(Separator, [Code, .. Args]);

    /// <summary>The reason from its stored form, or null for an older free-text reason.</summary>
    public static RoutingReason? Parse(string? stored)
    {
        if (string.IsNullOrEmpty(stored)) return null;
        var parts = stored.Split(Separator);
        return AllCodes.Contains(parts[0]) ? new RoutingReason(parts[0], parts[1..]) : null;
    }
}

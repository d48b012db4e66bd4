namespace KommunHubben.Persistence.Protection;

/// <summary>
/// Keys for personal data at rest (configuration section <c>Hub:PersonalData</c>). Several keys can be
/// configured at once: new data is written with <see cref="ActiveKeyId"/>, old data stays readable with its
/// own key id, so keys rotate without downtime. Keys are base64 of 32 random bytes.
/// </summary>
public sealed class PersonalDataOptions
{
    public const string Section = "Hub:PersonalData";

    /// <summary>Key ids starting with this are the published demo keys; production refuses them.</summary>
    public const string DemoKeyPrefix = "demo";

    public string ActiveKeyId { get; set; } = "";
    public Dictionary<string, string> Keys { get; set; } = [];
    /// <summary>Secret for the keyed hash that finds a person's cases without storing the personnummer in clear.</summary>
    public string HashKey { get; set; } = "";
}

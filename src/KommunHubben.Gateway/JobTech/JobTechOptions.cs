namespace KommunHubben.Gateway.JobTech;

/// <summary>Configuration section <c>Hub:JobTech</c>.</summary>
public sealed class JobTechOptions
{
    public const string Section = "Hub:JobTech";

    public Uri BaseAddress { get; set; } = new("https://taxonomy.api.jobtechdev.se/v1/taxonomy");
    /// <summary>Short: a label lookup must never keep a person waiting when JobTech is slow; the shipped list answers instead.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(3);
    /// <summary>How long a label from JobTech is kept.</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromHours(24);
    /// <summary>How long the shipped list's answer is used after JobTech failed, before JobTech is asked again.</summary>
    public TimeSpan FallbackCacheDuration { get; set; } = TimeSpan.FromMinutes(5);
}

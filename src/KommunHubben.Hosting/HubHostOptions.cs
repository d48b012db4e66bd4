namespace KommunHubben.Hosting;

/// <summary>Configuration section <c>Hub</c>: which parts of the hub this process runs.</summary>
public sealed class HubHostOptions
{
    public const string Section = "Hub";

    /// <summary>Run the workflow consumers in this process (embedded default: yes; production API: no).</summary>
    public bool RunWorkflow { get; set; }

    /// <summary>Add the demo organisation (units, users, projects) if missing.</summary>
    public bool SeedDemo { get; set; }
}

using Microsoft.Extensions.Configuration;

namespace KommunHubben.Hosting;

/// <summary>Configuration section <c>Hub</c>: which parts of the hub this process runs.</summary>
public sealed class HubHostOptions
{
    public const string Section = "Hub";

    /// <summary>Run the workflow consumers in this process (embedded default: yes; production API: no).</summary>
    public bool RunWorkflow { get; set; }

    /// <summary>Run the AF gateway's consumers in this process (embedded default: yes; production: the gateway worker).</summary>
    public bool RunAfGateway { get; set; }

    /// <summary>Add the demo organisation (units, users, projects) if missing.</summary>
    public bool SeedDemo { get; set; }

    /// <summary>The in-process AF simulator of the embedded default (<see cref="InProcessAfSimulator"/>).</summary>
    public AfSimulatorHostOptions AfSimulator { get; set; } = new();

    /// <summary>Reads the section from <paramref name="configuration"/> (defaults when absent).</summary>
    public static HubHostOptions From(IConfiguration configuration) =>
        configuration.GetSection(HubHostOptions.Section).Get<HubHostOptions>() ?? new HubHostOptions();
}

/// <summary>Configuration section <c>Hub:AfSimulator</c>: a stand-in for AF inside this process (refused in Production).</summary>
public sealed class AfSimulatorHostOptions
{
    /// <summary>Run the AF simulator inside the hub process and point the gateway and the webhook at it.</summary>
    public bool RunInProcess { get; set; }

    /// <summary>Its loopback port; 0 = a free one.</summary>
    public int Port { get; set; }
}

namespace KommunHubben.AfSimulator;

/// <summary>Configuration section <c>AfSimulator</c>.</summary>
public sealed class AfSimulatorOptions
{
    public const string Section = "AfSimulator";

    /// <summary>Where AF's side posts status changes and decisions (the hub's /api/v1/af/webhook); none = no webhook calls.</summary>
    public Uri? WebhookUrl { get; set; }
    public string? WebhookSecret { get; set; }
    /// <summary>When set, AF API calls without this key in <see cref="ApiKeyHeader"/> get 401.</summary>
    public string? ApiKey { get; set; }
    public string ApiKeyHeader { get; set; } = "X-Api-Key";
    /// <summary>Faults switched on from the start (they can be changed at any time through PUT /admin/faults).</summary>
    public SimulatorFaults Faults { get; set; } = new();
}

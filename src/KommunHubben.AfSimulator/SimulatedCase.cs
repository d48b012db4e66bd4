namespace KommunHubben.AfSimulator;

/// <summary>A case as AF's side holds it. <see cref="Version"/> makes the ETag for conditional reads.</summary>
public sealed class SimulatedCase
{
    public required string AfReference { get; init; }
    public required Guid HubCaseId { get; init; }
    public required string CaseType { get; init; }
    public required string IdempotencyKey { get; init; }
    public string Status { get; set; } = "Received";
    public string? Outcome { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; } = 1;
    public List<int> Supplements { get; } = [];
    public List<string> Acknowledged { get; } = [];
    public string ETag => $"\"v{Version}\"";
}

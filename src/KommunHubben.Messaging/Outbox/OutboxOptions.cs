namespace KommunHubben.Messaging.Outbox;

/// <summary>Configuration section <c>Hub:Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Hub:Outbox";

    /// <summary>How often the relay looks for rows written by other processes or left by a crash.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Rows published per round; published concurrently so broker confirms overlap.</summary>
    public int BatchSize { get; set; } = 100;
}

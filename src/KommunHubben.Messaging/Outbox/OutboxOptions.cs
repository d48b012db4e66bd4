namespace KommunHubben.Messaging.Outbox;

/// <summary>Configuration section <c>Hub:Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Hub:Outbox";

    /// <summary>How often the relay looks for rows written by other processes or left by a crash.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Rows published per round; published concurrently so broker confirms overlap.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// PostgreSQL: how many rounds one relay runs at once, so a message committed while a round waits for the broker's
    /// confirms leaves at once instead of after that round. SQLite always runs one.
    /// </summary>
    public int RoundsInFlight { get; set; } = 3;

    /// <summary>
    /// false: this process writes outbox rows but does not publish them; on PostgreSQL every other process's relay
    /// publishes them on its next poll. For holding one host's publishing during maintenance, and for the fault suite,
    /// which uses it to keep committed events unpublished when it kills the API.
    /// </summary>
    public bool RelayEnabled { get; set; } = true;

    /// <summary>
    /// How long one round waits for the broker to confirm its batch. A publish whose connection dies with its node
    /// can wait for a confirm that never comes; past this the round gives up, its transaction rolls back, the rows
    /// are unlocked and published again (with the same message ids) on the next round, by this relay or another.
    /// </summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(30);
}

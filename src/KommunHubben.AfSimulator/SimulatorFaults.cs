namespace KommunHubben.AfSimulator;

/// <summary>
/// Faults the simulator injects into AF API calls (never into /admin). Rates are fractions 0–1, drawn per request.
/// Read and switched through GET/PUT /admin/faults or <see cref="AfSimulatorServer.Faults"/>.
/// </summary>
public sealed record SimulatorFaults
{
    /// <summary>Added to every AF call before it is answered.</summary>
    public int LatencyMilliseconds { get; init; }
    /// <summary>Share of calls answered 500 before anything is done.</summary>
    public double ServerErrorRate { get; init; }
    /// <summary>Share of calls answered 429 with Retry-After: <see cref="RetryAfterSeconds"/>.</summary>
    public double ThrottleRate { get; init; }
    public int RetryAfterSeconds { get; init; } = 1;
    /// <summary>Share of calls that hang until the caller gives up.</summary>
    public double HangRate { get; init; }
    /// <summary>The next N changing calls (POST) hang (counted down), whatever the rates say; reads are not counted.</summary>
    public int HangNext { get; init; }
    /// <summary>Share of calls whose connection is dropped before anything is done.</summary>
    public double DropRate { get; init; }
    /// <summary>Share of calls that are carried out and then lose their answer (connection dropped): the idempotency test.</summary>
    public double LoseResponseRate { get; init; }
    /// <summary>AF "down": every call's connection is dropped at once.</summary>
    public bool Stopped { get; init; }
}

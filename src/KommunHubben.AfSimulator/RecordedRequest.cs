namespace KommunHubben.AfSimulator;

/// <summary>One request as the simulator received it, for tests: what was asked, with which headers and body, and
/// what the simulator did (<c>created</c>, <c>replayed</c>, <c>server_error</c>, <c>throttled</c>, <c>hung</c>, <c>dropped</c> …).</summary>
public sealed record RecordedRequest(
    DateTimeOffset At, string Method, string Path, string? Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string Outcome { get; set; } = "received";

    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}

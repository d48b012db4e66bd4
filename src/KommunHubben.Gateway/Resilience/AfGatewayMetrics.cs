using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace KommunHubben.Gateway.Resilience;

/// <summary>
/// The gateway's metrics, on the meter <c>KommunHubben.AfGateway</c> (for OpenTelemetry or dotnet-counters) and kept
/// as a snapshot the status endpoint and the health check read: HTTP attempts by operation and outcome, and the
/// circuit breaker's state and transitions.
/// </summary>
public sealed class AfGatewayMetrics : IDisposable
{
    public const string MeterName = "KommunHubben.AfGateway";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _calls;
    private readonly Counter<long> _transitions;
    private readonly ConcurrentDictionary<(string Operation, string Outcome), long> _callCounts = new();
    private readonly ConcurrentDictionary<string, long> _transitionCounts = new();
    private volatile string _circuitState = CircuitStates.Closed;

    public AfGatewayMetrics()
    {
        _calls = _meter.CreateCounter<long>("khub.af_gateway.calls", description: "HTTP attempts to AF by operation and outcome.");
        _transitions = _meter.CreateCounter<long>("khub.af_gateway.circuit.transitions", description: "Circuit breaker transitions by new state.");
        _meter.CreateObservableGauge("khub.af_gateway.circuit.open", () => _circuitState == CircuitStates.Closed ? 0 : 1,
            description: "1 while the circuit to AF is open or half-open.");
    }

    public string CircuitState => _circuitState;

    public void RecordCall(string operation, string outcome)
    {
        _calls.Add(1, new KeyValuePair<string, object?>("operation", operation), new KeyValuePair<string, object?>("outcome", outcome));
        _callCounts.AddOrUpdate((operation, outcome), 1, (_, n) => n + 1);
    }

    public void RecordCircuit(string state)
    {
        _circuitState = state;
        _transitions.Add(1, new KeyValuePair<string, object?>("state", state));
        _transitionCounts.AddOrUpdate(state, 1, (_, n) => n + 1);
    }

    public AfGatewaySnapshot Snapshot() => new(
        _circuitState,
        _transitionCounts.ToDictionary(k => k.Key, k => k.Value),
        _callCounts.Select(c => new AfCallCount(c.Key.Operation, c.Key.Outcome, c.Value)).OrderBy(c => c.Operation).ThenBy(c => c.Outcome).ToList());

    public void Dispose() => _meter.Dispose();
}

public static class CircuitStates
{
    public const string Closed = "closed";
    public const string Open = "open";
    public const string HalfOpen = "half_open";
}

public sealed record AfCallCount(string Operation, string Outcome, long Count);

/// <summary>The circuit's state now, how often it entered each state, and the attempts by outcome since start.</summary>
public sealed record AfGatewaySnapshot(string CircuitState, IReadOnlyDictionary<string, long> CircuitTransitions, IReadOnlyList<AfCallCount> Calls);

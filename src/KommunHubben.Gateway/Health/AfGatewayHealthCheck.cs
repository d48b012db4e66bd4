using KommunHubben.Gateway.Resilience;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KommunHubben.Gateway.Health;

/// <summary>Degraded while the circuit to AF is open: the hub works on, but nothing reaches AF until it closes.</summary>
public sealed class AfGatewayHealthCheck(AfGatewayMetrics metrics) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var state = metrics.CircuitState;
        var data = new Dictionary<string, object> { ["circuit"] = state };
        return Task.FromResult(state == CircuitStates.Closed
            ? HealthCheckResult.Healthy("The circuit to AF is closed.", data)
            : HealthCheckResult.Degraded($"The circuit to AF is {state}: calls fail fast and cases wait in the gateway queue.", data: data));
    }
}

using KommunHubben.Gateway.Options;
using KommunHubben.Gateway.Resilience;
using KommunHubben.Messaging.Bus;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace KommunHubben.Gateway.Health;

/// <summary>
/// GET /af-gateway/status on the gateway worker's own port (not the public API): circuit state and transitions,
/// HTTP attempts by operation and outcome, the gateway queue's depth, and the configured worst case per message.
/// For operators and dashboards; it holds no case data.
/// </summary>
public static class AfGatewayStatusEndpoint
{
    public static void MapAfGatewayStatus(this IEndpointRouteBuilder app) =>
        app.MapGet("/af-gateway/status", async (AfGatewayMetrics metrics, GatewayQueueDepth depth, IOptions<AfGatewayOptions> options, CancellationToken ct) =>
        {
            var o = options.Value;
            var snapshot = metrics.Snapshot();
            return Results.Ok(new
            {
                circuit = new { state = snapshot.CircuitState, transitions = snapshot.CircuitTransitions },
                calls = snapshot.Calls,
                queue = new { name = KnownEndpoints.AfGateway, depth = await depth.ReadAsync(ct) },
                worstCase = new { holdTime = o.WorstCaseHoldTime, calls = o.WorstCaseCalls, brokerConsumerTimeout = o.BrokerConsumerTimeout },
            });
        });
}

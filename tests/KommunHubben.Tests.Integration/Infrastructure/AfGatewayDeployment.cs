using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KommunHubben.AfSimulator;

namespace KommunHubben.Tests.Integration.Infrastructure;

/// <summary>
/// A production-shaped hub with the AF side attached: the AF simulator in-process on a free loopback port (its faults
/// switched through <see cref="Af"/>), the workflow worker, the AF gateway worker as its own process, and the API.
/// Small resilience numbers so outages and retries play out in seconds. For any test that needs "AF" — including
/// outage-plus-crash scenarios: <see cref="HubDeployment.Workers"/> and <see cref="Gateway"/> can be killed and restarted.
/// </summary>
public sealed class AfGatewayDeployment : IAsyncDisposable
{
    public const string ApiKey = "test-af-api-key";
    public const string WebhookSecret = "test-webhook-secret-0123456789";

    public required HubDeployment Hub { get; init; }
    public required AfSimulatorServer Af { get; init; }
    public HubProcess? Gateway { get; private set; }
    public Uri GatewayAddress { get; private set; } = null!;
    private int _gateways;

    /// <summary>Resilience settings for tests: the same shape as production, in milliseconds instead of seconds.</summary>
    public static Dictionary<string, string> FastResilience(int redeliveries = 9)
    {
        var settings = new Dictionary<string, string>
    {
        ["Hub__AfGateway__AttemptTimeout"] = "00:00:01",
        ["Hub__AfGateway__TotalTimeout"] = "00:00:06",
        ["Hub__AfGateway__Retry__MaxRetryAttempts"] = "4",
        ["Hub__AfGateway__Retry__BaseDelay"] = "00:00:00.050",
        ["Hub__AfGateway__Retry__MaxDelay"] = "00:00:00.500",
        ["Hub__AfGateway__Retry__MaxRetryAfter"] = "00:00:01",
        ["Hub__AfGateway__CircuitBreaker__FailureRatio"] = "0.5",
        ["Hub__AfGateway__CircuitBreaker__MinimumThroughput"] = "10",
        ["Hub__AfGateway__CircuitBreaker__SamplingDuration"] = "00:00:02",
        ["Hub__AfGateway__CircuitBreaker__BreakDuration"] = "00:00:01",
        ["Hub__AfGateway__Polling__Interval"] = "00:00:00",
        // AF calls wait on the network (and on Retry-After): more of them in flight, not more CPU.
        ["Hub__Messaging__ConcurrentMessageLimit"] = "32",
    };
        string[] intervals = ["00:00:00.200", "00:00:00.500", "00:00:01", "00:00:02", "00:00:03", "00:00:05", "00:00:05", "00:00:05", "00:00:05"];
        for (var i = 0; i < Math.Min(redeliveries, intervals.Length); i++)
            settings[$"Hub__AfGateway__Redelivery__Intervals__{i}"] = intervals[i];
        return settings;
    }

    public static async Task<AfGatewayDeployment> StartedAsync(IReadOnlyDictionary<string, string>? gatewaySettings = null, int redeliveries = 9)
    {
        var af = await AfSimulatorServer.StartAsync(new AfSimulatorOptions { ApiKey = ApiKey });
        var hub = await HubDeployment.CreateAsync();
        var deployment = new AfGatewayDeployment { Hub = hub, Af = af };
        await hub.StartWorkerAsync();
        await deployment.StartGatewayAsync(gatewaySettings, redeliveries);
        await hub.StartApiAsync(new Dictionary<string, string> { ["Hub__AfGateway__Webhook__Secret"] = WebhookSecret });
        return deployment;
    }

    /// <summary>Starts a gateway worker pointed at the simulator and waits for its health endpoint.</summary>
    public async Task StartGatewayAsync(IReadOnlyDictionary<string, string>? settings = null, int redeliveries = 9)
    {
        GatewayAddress = new Uri($"http://127.0.0.1:{HubProcess.FreePort()}");
        var env = Hub.Environment(HubRole.Gateway);
        foreach (var (k, v) in FastResilience(redeliveries)) env[k] = v;
        env["ASPNETCORE_URLS"] = GatewayAddress.ToString();
        env["Urls"] = GatewayAddress.ToString(); // beats the appsettings default port
        env["Hub__AfGateway__BaseAddress"] = Af.AfApiAddress.ToString();
        env["Hub__AfGateway__Authentication__ApiKey"] = ApiKey;
        foreach (var (k, v) in settings ?? new Dictionary<string, string>()) env[k] = v;
        Gateway = HubProcess.StartHost($"gateway-{++_gateways}", "KommunHubben.Gateway.Worker", env);
        await HubDeployment.WaitForHealthAsync(GatewayAddress, Gateway);
    }

    /// <summary>The gateway worker's /af-gateway/status: circuit, calls by outcome, queue depth.</summary>
    public async Task<JsonNode> GatewayStatusAsync()
    {
        using var http = new HttpClient { BaseAddress = GatewayAddress, Timeout = TimeSpan.FromSeconds(10) };
        return (await http.GetFromJsonAsync<JsonNode>("/af-gateway/status"))!;
    }

    /// <summary>Forwarding rows by status, e.g. {"Forwarded": 500}.</summary>
    public async Task<Dictionary<string, long>> ForwardingStatusesAsync() =>
        (await Hub.Database.RowsAsync("""SELECT "Status", count(*) FROM af_forwardings GROUP BY "Status" """))
        .ToDictionary(r => (string)r[0]!, r => (long)r[1]!);

    public async Task WaitForForwardedAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        Dictionary<string, long> last = [];
        while (DateTime.UtcNow < deadline)
        {
            last = await ForwardingStatusesAsync();
            if (last.GetValueOrDefault("Forwarded") >= count) return;
            await Task.Delay(250);
        }
        throw new TimeoutException($"Not all {count} cases reached Forwarded: {string.Join(", ", last.Select(s => $"{s.Key}={s.Value}"))}\n" +
                                   Gateway?.Log[^Math.Min(Gateway.Log.Length, 4000)..]);
    }

    /// <summary>Submits <paramref name="count"/> general questions from ten contact persons, ten at a time.</summary>
    public async Task<Guid[]> SubmitCasesAsync(int count)
    {
        var clients = Enumerable.Range(1, 10).Select(i => Hub.As($"kp-{i:00}")).ToArray();
        var ids = new Guid[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 10 }, async (i, _) =>
            ids[i] = await clients[i % clients.Length].SubmitAsync(new
            {
                caseType = "GeneralQuestion",
                generalQuestion = new { topic = "Other", question = $"Fråga {i} till AF" },
            }));
        foreach (var c in clients) c.Dispose();
        return ids;
    }

    /// <summary>Messages ready in a queue of this deployment's virtual host (passive declare).</summary>
    /// <summary>Messages waiting in <paramref name="queue"/>; 0 while it does not exist yet (MassTransit declares an
    /// error queue with the first message it moves there).</summary>
    public async Task<uint> QueueDepthAsync(string queue)
    {
        await using var connection = await RabbitConnections.OpenAsync(Hub.VirtualHost.Name, "queue-depth");
        await using var channel = await connection.CreateChannelAsync();
        try { return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount; }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404) { return 0; }
    }

    public async ValueTask DisposeAsync()
    {
        if (Gateway is not null) await Gateway.DisposeAsync();
        await Hub.DisposeAsync();
        await Af.DisposeAsync();
    }
}

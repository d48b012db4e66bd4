using System.Diagnostics;

namespace KommunHubben.Tests.Integration.Infrastructure;

/// <summary>
/// The 3-node RabbitMQ cluster of ops/services/cluster.sh, started for one test class and purged afterwards. Ports and
/// node names come from KHUB_CLUSTER_* (inherited from the test command) or the script's defaults.
/// </summary>
public sealed class RabbitCluster : IAsyncLifetime
{
    private static string Script => Path.Combine(RepositoryPaths.Root, "ops", "services", "cluster.sh");

    /// <summary>Every node as host:port, in the order the hub is given them.</summary>
    public IReadOnlyList<string> Nodes { get; private set; } = [];
    public string VirtualHost { get; private set; } = "kommunhubben";
    public string User { get; private set; } = "khub";

    public async Task InitializeAsync()
    {
        // A leftover of an aborted run would hold the ports; start from nothing.
        await RunAsync("stop", "--purge");
        await RunAsync("start");
        foreach (var line in (await RunAsync("env")).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = (line["export ".Length..line.IndexOf('=')], line[(line.IndexOf('=') + 2)..^1]);
            if (key == "KHUB_CLUSTER_HOSTS") Nodes = value.Split(' ');
            if (key == "KHUB_CLUSTER_VHOST") VirtualHost = value;
            if (key == "KHUB_CLUSTER_USER") User = value;
        }
    }

    public Task DisposeAsync() => RunAsync("stop", "--purge");

    /// <summary>The hub's broker settings for this cluster: all nodes listed, the test broker's password.</summary>
    public Dictionary<string, string> HubEnvironment()
    {
        var env = new Dictionary<string, string>
        {
            ["Hub__Messaging__RabbitMq__VirtualHost"] = VirtualHost,
            ["Hub__Messaging__RabbitMq__Username"] = User,
            ["Hub__Messaging__RabbitMq__Password"] = Environment.GetEnvironmentVariable("KHUB_RABBITMQ_PASSWORD") is { Length: > 0 } p ? p : "khub-test-secret",
            // A wrong single host proves the hub really uses the list.
            ["Hub__Messaging__RabbitMq__Host"] = "192.0.2.1",
        };
        for (var i = 0; i < Nodes.Count; i++) env[$"Hub__Messaging__RabbitMq__Hosts__{i}"] = Nodes[i];
        return env;
    }

    public Task StopNodeAsync(int node) => RunAsync("stop-node", node.ToString());
    public Task StartNodeAsync(int node) => RunAsync("start-node", node.ToString());

    /// <summary>rabbitmqctl list_queues name type members online, asked of <paramref name="node"/>: name → (type, members, online).</summary>
    public async Task<Dictionary<string, (string Type, int Members, int Online)>> QueuesAsync(int node)
    {
        var text = await RunAsync("ctl", node.ToString(), "list_queues", "-p", VirtualHost, "name", "type", "members", "online",
            "--quiet", "--formatter", "json");
        var queues = new Dictionary<string, (string, int, int)>();
        foreach (var q in System.Text.Json.Nodes.JsonNode.Parse(text)!.AsArray())
            queues[q!["name"]!.GetValue<string>()] = (
                q["type"]!.GetValue<string>(),
                q["members"]?.AsArray().Count ?? 0,
                q["online"]?.AsArray().Count ?? 0);
        return queues;
    }

    public static async Task<string> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Script);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // Three Erlang nodes starting and clustering on a busy 2-core machine can take minutes.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(360));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"cluster.sh {string.Join(' ', args)} failed ({process.ExitCode}): {await stderr}\n{await stdout}");
        return await stdout;
    }
}

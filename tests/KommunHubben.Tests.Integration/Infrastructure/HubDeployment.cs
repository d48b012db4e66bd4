using System.Net;

namespace KommunHubben.Tests.Integration.Infrastructure;

/// <summary>
/// One production-shaped deployment for a test class: its own PostgreSQL database and RabbitMQ virtual host, an API
/// process and any number of worker processes, configured only through environment variables as in production.
/// </summary>
public sealed class HubDeployment : IAsyncDisposable
{
    // Test-only keys (base64 of 32 bytes). Not "demo": the hosts run in the Integration environment.
    private const string TestKey = "3q2+7wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhs=";
    private const string TestHashKey = "ERERERERERERERERERERERERERERERERERERERERERE=";

    private readonly List<HubProcess> _workers = [];
    private int _workerCount;

    public required TestDatabase Database { get; init; }
    public required TestVirtualHost VirtualHost { get; init; }
    public HubProcess? Api { get; private set; }
    public Uri ApiAddress { get; private set; } = null!;
    public IReadOnlyList<HubProcess> Workers => _workers;

    /// <summary>Settings that replace the defaults for every process of this deployment (e.g. a RabbitMQ cluster).</summary>
    public IReadOnlyDictionary<string, string> Overrides { get; init; } = new Dictionary<string, string>();

    public static async Task<HubDeployment> CreateAsync() =>
        new() { Database = await TestDatabase.CreateAsync(), VirtualHost = await TestVirtualHost.CreateAsync() };

    /// <summary>A deployment with one worker (first, so its queues exist) and the API running.</summary>
    public static async Task<HubDeployment> StartedAsync()
    {
        var hub = await CreateAsync();
        await hub.StartWorkerAsync();
        await hub.StartApiAsync();
        return hub;
    }

    /// <summary>
    /// The environment of a hub process playing <paramref name="role"/>: its own least-privilege broker user, the
    /// application database role, and the migration role for the migrations it applies at start.
    /// </summary>
    public Dictionary<string, string> Environment(HubRole role = HubRole.Admin)
    {
        var env = DefaultEnvironment(role);
        foreach (var (key, value) in Overrides) env[key] = value;
        return env;
    }

    private Dictionary<string, string> DefaultEnvironment(HubRole role) => new()
    {
        ["DOTNET_ENVIRONMENT"] = "Integration",
        ["ASPNETCORE_ENVIRONMENT"] = "Integration",
        ["Hub__Messaging__Transport"] = "RabbitMq",
        ["Hub__Messaging__RabbitMq__Host"] = TestServices.RabbitHost,
        ["Hub__Messaging__RabbitMq__Port"] = TestServices.RabbitPort.ToString(),
        ["Hub__Messaging__RabbitMq__VirtualHost"] = VirtualHost.Name,
        ["Hub__Messaging__RabbitMq__Username"] = TestServices.RabbitUserFor(role).User,
        ["Hub__Messaging__RabbitMq__Password"] = TestServices.RabbitUserFor(role).Password,
        ["Hub__Database__Provider"] = "Postgres",
        ["Hub__Database__ConnectionString"] = Database.AppConnectionString,
        ["Hub__Database__MigrationConnectionString"] = Database.MigrationConnectionString,
        ["Hub__Authentication__Mode"] = "Demo",
        ["Hub__PersonalData__ActiveKeyId"] = "test1",
        ["Hub__PersonalData__Keys__test1"] = TestKey,
        ["Hub__PersonalData__HashKey"] = TestHashKey,
        // The suites submit hundreds of cases from a few demo users in seconds; the limit itself is tested separately.
        ["Hub__RateLimits__SubmissionsPerMinute"] = "100000",
    };

    /// <summary>Starts a worker and waits until its endpoints exist on the broker.</summary>
    public async Task<HubProcess> StartWorkerAsync(IReadOnlyDictionary<string, string>? extra = null)
    {
        var env = Environment(HubRole.Worker);
        foreach (var (k, v) in extra ?? new Dictionary<string, string>()) env[k] = v;
        var worker = HubProcess.StartHost($"worker-{++_workerCount}", "KommunHubben.Worker", env);
        _workers.Add(worker);
        await worker.WaitForLogAsync("Application started", TimeSpan.FromSeconds(90));
        return worker;
    }

    /// <summary>Starts the API (seeding the demo organisation) and waits until it answers its health check.</summary>
    public async Task StartApiAsync(IReadOnlyDictionary<string, string>? extra = null)
    {
        var port = HubProcess.FreePort();
        ApiAddress = new Uri($"http://127.0.0.1:{port}");
        var env = Environment(HubRole.Api);
        env["ASPNETCORE_URLS"] = ApiAddress.ToString();
        env["Hub__SeedDemo"] = "true";
        foreach (var (k, v) in extra ?? new Dictionary<string, string>()) env[k] = v;
        Api = HubProcess.StartHost("api", "KommunHubben.Api", env);
        await WaitForHealthAsync(ApiAddress, Api);
    }

    public HubClient As(string userId) => new(ApiAddress, userId);

    public static async Task WaitForHealthAsync(Uri address, HubProcess process)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The host exited with {process.ExitCode}. Log:\n{process.Log}");
            try
            {
                using var response = await http.GetAsync(new Uri(address, "/health"));
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The host did not become healthy. Log:\n{process.Log}");
    }

    /// <summary>All log lines of every process this deployment ran.</summary>
    public string AllLogs() => string.Join('\n', new[] { Api }.Concat(_workers).Where(p => p is not null).Select(p => p!.Log));

    public async ValueTask DisposeAsync()
    {
        if (Api is not null) await Api.DisposeAsync();
        foreach (var worker in _workers) await worker.DisposeAsync();
        await Database.DisposeAsync();
        await VirtualHost.DisposeAsync();
    }
}

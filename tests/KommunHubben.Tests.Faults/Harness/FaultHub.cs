using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Faults.Harness;

/// <summary>
/// One production-shaped hub for one scenario (its own database and virtual host, workers, an API), built on
/// <see cref="HubDeployment"/> but with the API on a fixed port so that it can be SIGKILLed and started again at the
/// same address while the load driver keeps talking to it, and with a tap that records every message on the broker.
/// </summary>
public sealed class FaultHub : IAsyncDisposable
{
    private readonly List<HubProcess> _apis = [];
    private readonly Dictionary<string, string> _scenarioSettings;

    private FaultHub(HubDeployment deployment, ContractTap tap, Dictionary<string, string> scenarioSettings)
    {
        Deployment = deployment;
        Tap = tap;
        _scenarioSettings = scenarioSettings;
        ApiAddress = new Uri($"http://127.0.0.1:{HubProcess.FreePort()}");
    }

    public HubDeployment Deployment { get; }
    public ContractTap Tap { get; }
    public Uri ApiAddress { get; }
    public TestDatabase Database => Deployment.Database;
    public string VirtualHost => Deployment.VirtualHost.Name;
    public HubProcess? Api => _apis.LastOrDefault();
    /// <summary>Every worker this hub started, the killed ones included.</summary>
    public IReadOnlyList<HubProcess> Workers => Deployment.Workers;

    /// <summary>The workers still running.</summary>
    public IReadOnlyList<HubProcess> LiveWorkers => Deployment.Workers.Where(w => !w.HasExited).ToList();

    /// <summary>
    /// Database, vhost and tap, then <paramref name="workers"/> workers (first, so their queues exist) and, unless
    /// <paramref name="api"/> is false, the API. The routing cap is lifted: the scenarios measure delivery, not the
    /// officers' capacity.
    /// </summary>
    public static async Task<FaultHub> StartAsync(int workers = 1, IReadOnlyDictionary<string, string>? settings = null, bool api = true)
    {
        var deployment = await HubDeployment.CreateAsync();
        var all = new Dictionary<string, string> { ["Hub__Routing__Cap"] = "100000" };
        foreach (var (k, v) in settings ?? new Dictionary<string, string>()) all[k] = v;
        var hub = new FaultHub(deployment, await ContractTap.StartAsync(deployment.VirtualHost.Name), all);
        for (var i = 0; i < workers; i++) await hub.StartWorkerAsync();
        if (api) await hub.StartApiAsync();
        return hub;
    }

    /// <summary>
    /// Brings a hub that an earlier scenario used back to the shape the next one expects: the API running and exactly
    /// <paramref name="workers"/> workers (a killed one replaced, a surplus one stopped).
    /// </summary>
    public async Task EnsureRunningAsync(int workers)
    {
        while (LiveWorkers.Count > workers) LiveWorkers[^1].Kill();
        while (LiveWorkers.Count < workers) await StartWorkerAsync();
        if (Api is null || Api.HasExited) await StartApiAsync();
    }

    public Task<HubProcess> StartWorkerAsync(IReadOnlyDictionary<string, string>? extra = null) =>
        Deployment.StartWorkerAsync(Merge(extra));

    /// <summary>Starts (or starts again) the API at <see cref="ApiAddress"/> and waits until it is healthy.</summary>
    public async Task StartApiAsync(IReadOnlyDictionary<string, string>? extra = null)
    {
        var env = Deployment.Environment(HubRole.Api);
        foreach (var (k, v) in Merge(extra)) env[k] = v;
        env["ASPNETCORE_URLS"] = ApiAddress.ToString();
        env["Hub__SeedDemo"] = "true";
        var api = HubProcess.StartHost($"api-{_apis.Count + 1}", "KommunHubben.Api", env);
        _apis.Add(api);
        await HubDeployment.WaitForHealthAsync(ApiAddress, api);
    }

    /// <summary>SIGKILL of the running API: no graceful shutdown, requests in flight are cut.</summary>
    public void KillApi() => Api?.Kill();

    public string AllLogs() =>
        string.Join('\n', _apis.Concat(Deployment.Workers).Select(p => $"----- {p.GetHashCode()} -----\n{p.Log}"));

    private Dictionary<string, string> Merge(IReadOnlyDictionary<string, string>? extra)
    {
        var env = new Dictionary<string, string>(_scenarioSettings);
        foreach (var (k, v) in extra ?? new Dictionary<string, string>()) env[k] = v;
        return env;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var api in _apis) await api.DisposeAsync();
        await Tap.DisposeAsync();
        await Deployment.DisposeAsync();
    }
}

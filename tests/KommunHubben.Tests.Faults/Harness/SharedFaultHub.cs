namespace KommunHubben.Tests.Faults.Harness;

/// <summary>
/// One hub for every scenario that can share it (the fault collection's fixture): starting a hub — database, vhost,
/// worker and API processes — costs more than a reduced-load scenario itself. Each scenario gets the hub back in its
/// standard shape (<see cref="FaultHub.EnsureRunningAsync"/>) and reconciles only the cases its own driver sent, so
/// what earlier scenarios left in the database does not count. Scenarios that need processes configured differently
/// start a hub of their own. Started on first use, so a filtered run that needs none starts none.
/// </summary>
public sealed class SharedFaultHub : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private FaultHub? _hub;

    /// <summary>The shared hub, running the API and <paramref name="workers"/> workers.</summary>
    public async Task<FaultHub> GetAsync(int workers = 1)
    {
        await _gate.WaitAsync();
        try
        {
            _hub ??= await FaultHub.StartAsync(workers);
            await _hub.EnsureRunningAsync(workers);
            return _hub;
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_hub is not null) await _hub.DisposeAsync();
        _gate.Dispose();
    }
}

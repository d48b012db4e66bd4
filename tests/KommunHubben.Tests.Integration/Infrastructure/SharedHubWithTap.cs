namespace KommunHubben.Tests.Integration.Infrastructure;

/// <summary>
/// A <see cref="SharedHub"/> with a <see cref="BrokerTap"/> on every contract, started before the API so that it sees
/// every message. For classes whose tests are independent of each other's data and assert what crossed the broker
/// (their checks only get stricter as other tests' messages accumulate).
/// </summary>
public sealed class SharedHubWithTap : IAsyncLifetime
{
    public HubDeployment Hub { get; private set; } = null!;
    public BrokerTap Tap { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Hub = await HubDeployment.CreateAsync();
        await Hub.StartWorkerAsync();
        Tap = await BrokerTap.StartOnAllContractsAsync(Hub.VirtualHost.Name);
        await Hub.StartApiAsync();
    }

    public async Task DisposeAsync()
    {
        await Tap.DisposeAsync();
        await Hub.DisposeAsync();
    }
}

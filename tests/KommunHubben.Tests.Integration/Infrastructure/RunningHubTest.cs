namespace KommunHubben.Tests.Integration.Infrastructure;

/// <summary>
/// A test class that needs one production-shaped hub (worker first, so its queues exist, then the API) for all its
/// tests. xUnit creates the class per test, so each test gets a fresh hub; classes whose tests share nothing use <see cref="SharedHub"/>.
/// </summary>
public abstract class RunningHubTest : IAsyncLifetime
{
    protected HubDeployment Hub { get; private set; } = null!;

    public async Task InitializeAsync() => Hub = await HubDeployment.StartedAsync();

    public Task DisposeAsync() => Hub.DisposeAsync().AsTask();
}

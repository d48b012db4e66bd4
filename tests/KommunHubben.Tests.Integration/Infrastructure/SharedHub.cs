namespace KommunHubben.Tests.Integration.Infrastructure;

/// <summary>
/// One running hub shared by all tests of a class (an xUnit class fixture), for classes whose tests are independent
/// of each other's data — they use their own contact persons and personnummer. Saves a deployment per test.
/// </summary>
public sealed class SharedHub : IAsyncLifetime
{
    public HubDeployment Hub { get; private set; } = null!;

    public async Task InitializeAsync() => Hub = await HubDeployment.StartedAsync();

    public Task DisposeAsync() => Hub.DisposeAsync().AsTask();
}

using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Hosting;

/// <summary>The production configuration refuses to start with anything that is only safe for a demo.</summary>
public sealed class ProductionGuardTests
{
    [Fact]
    public async Task When_production_is_configured_with_the_demo_sign_in_the_api_refuses_to_start_and_says_why()
    {
        await using var api = HubProcess.StartHost("api", "KommunHubben.Api", new Dictionary<string, string>
        {
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{HubProcess.FreePort()}",
            ["Hub__Authentication__Mode"] = "Demo",
            ["Hub__PersonalData__ActiveKeyId"] = "demo-1",
        });

        await api.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, api.ExitCode);
        Assert.Contains("Refusing to start in Production", api.Log);
        Assert.Contains("Hub:Authentication:Mode is Demo", api.Log);
        Assert.Contains("names a demo key", api.Log);
    }

    [Fact]
    public async Task When_production_lets_the_pages_sign_in_cookie_travel_over_plain_http_the_api_refuses_to_start()
    {
        await using var api = HubProcess.StartHost("api", "KommunHubben.Api", new Dictionary<string, string>
        {
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{HubProcess.FreePort()}",
            ["Hub__Authentication__Mode"] = "Demo",
            ["Hub__Authentication__Cookie__SecurePolicy"] = "SameAsRequest",
        });

        await api.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, api.ExitCode);
        Assert.Contains("the pick-a-user sign-in page) is refused in Production", api.Log);
        Assert.Contains("Cookie:SecurePolicy must be Always in Production", api.Log);
    }

    [Fact]
    public async Task When_no_environment_is_set_the_worker_is_production_and_refuses_the_in_memory_bus()
    {
        await using var worker = HubProcess.StartHost("worker", "KommunHubben.Worker", new Dictionary<string, string>
        {
            ["Hub__Messaging__Transport"] = "InMemory",
            ["Hub__Database__Provider"] = "Sqlite",
        });

        await worker.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, worker.ExitCode);
        Assert.Contains("Transport must be RabbitMq in Production", worker.Log);
        Assert.Contains("Provider must be Postgres in Production", worker.Log);
    }
}

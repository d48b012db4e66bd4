using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Security;

/// <summary>
/// A running hub uses its least-privilege identities: the API and the worker log in to RabbitMQ as their own service
/// users, and once migrated both talk to PostgreSQL only as the application role.
/// </summary>
public sealed class ServiceIdentityTests(SharedHub shared) : IClassFixture<SharedHub>
{
    private HubDeployment Hub => shared.Hub;

    [Fact]
    public async Task The_api_and_the_worker_connect_to_the_broker_as_their_own_service_users()
    {
        var lines = await TestVirtualHost.RabbitMqCtlAsync("list_connections", "--quiet", "--no-table-headers", "user", "vhost");
        var users = lines.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split('\t'))
            .Where(f => f.Length == 2 && f[1].Trim() == Hub.VirtualHost.Name)
            .Select(f => f[0].Trim())
            .ToHashSet();
        Assert.Equal(new HashSet<string> { "khub-api", "khub-worker" }, users);
    }

    [Fact]
    public async Task The_running_hub_holds_database_connections_only_as_the_application_role()
    {
        // Make both processes touch the database once more after start.
        using var client = Hub.As("kp-01");
        var answer = await client.GetAsync("/api/v1/cases");
        Assert.Equal(System.Net.HttpStatusCode.OK, answer.Status);
        var roles = await Hub.Database.RowsAsync(
            "SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = @db AND pid <> pg_backend_pid()", ("db", Hub.Database.Name));
        Assert.Equal(["khub_app"], roles.Select(r => (string)r[0]!));
    }
}

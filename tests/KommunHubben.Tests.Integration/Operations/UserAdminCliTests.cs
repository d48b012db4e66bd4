using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Operations;

/// <summary>`khub db migrate`, `khub seed` and `khub users` against a real PostgreSQL database.</summary>
public sealed class UserAdminCliTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();

    private Task<Khub.Result> KhubAsync(params string[] args) =>
        Khub.RunAsync(new Dictionary<string, string> { ["KHUB_DB"] = _database.ConnectionString }, args);

    [Fact]
    public async Task An_administrator_can_migrate_seed_add_list_and_deactivate_users_from_the_command_line()
    {
        Assert.Equal(0, (await KhubAsync("db", "migrate")).ExitCode);
        var seeded = await KhubAsync("seed");
        Assert.Equal(0, seeded.ExitCode);
        Assert.Contains("12 units", seeded.Stdout);
        Assert.Equal(0, (await KhubAsync("seed")).ExitCode); // idempotent

        Assert.Equal(0, (await KhubAsync("users", "add", "kp-99", "ContactPerson", "--name", "Ny Kontakt", "--unit", "jobbtorg-norr")).ExitCode);
        var noUnit = await KhubAsync("users", "add", "kp-98", "ContactPerson", "--name", "Utan Enhet");
        Assert.Equal(2, noUnit.ExitCode);
        Assert.Contains("needs --unit", noUnit.Stderr);
        var duplicate = await KhubAsync("users", "add", "kp-99", "Officer", "--name", "Dubblett");
        Assert.Equal(1, duplicate.ExitCode);
        Assert.Contains("already exists", duplicate.Stderr);
        Assert.Equal(0, (await KhubAsync("users", "deactivate", "kp-99")).ExitCode);

        var list = await KhubAsync("users", "list");
        var line = list.Stdout.Split('\n').Single(l => l.StartsWith("kp-99 "));
        Assert.Contains("jobbtorg-norr", line);
        Assert.Contains("inactive", line);
        Assert.Equal(44, list.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}

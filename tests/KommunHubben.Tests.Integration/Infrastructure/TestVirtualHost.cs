using System.Diagnostics;
using System.Text.Json.Nodes;

namespace KommunHubben.Tests.Integration.Infrastructure;

/// <summary>
/// A RabbitMQ virtual host of its own for one test class, so queues and messages of one test can never reach another
/// test's worker. It gets the production permissions of every service user (ops/rabbitmq/definitions.json) plus full
/// rights for the test harness's own user, in one rabbitmqctl import.
/// </summary>
public sealed class TestVirtualHost : IAsyncDisposable
{
    public string Name { get; } = "khub-test-" + Guid.NewGuid().ToString("N")[..10];

    public static string DefinitionsFile => Path.Combine(RepositoryPaths.Root, "ops", "rabbitmq", "definitions.json");

    public static async Task<TestVirtualHost> CreateAsync()
    {
        var vhost = new TestVirtualHost();
        await RabbitMqCtlWithInputAsync(vhost.Definitions(), "import_definitions", "--format", "json");
        return vhost;
    }

    /// <summary>ops/rabbitmq/definitions.json moved to this vhost, plus the harness user.</summary>
    private string Definitions()
    {
        var definitions = JsonNode.Parse(File.ReadAllText(DefinitionsFile))!.AsObject();
        definitions["vhosts"] = new JsonArray(new JsonObject { ["name"] = Name });
        var permissions = definitions["permissions"]!.AsArray();
        foreach (var permission in permissions) permission!["vhost"] = Name;
        permissions.Add(new JsonObject
        {
            ["user"] = TestServices.RabbitUser, ["vhost"] = Name, ["configure"] = ".*", ["write"] = ".*", ["read"] = ".*",
        });
        return definitions.ToJsonString();
    }

    public ValueTask DisposeAsync() => new(RabbitMqCtlAsync("delete_vhost", Name));

    public static Task<string> RabbitMqCtlAsync(params string[] args) => RabbitMqCtlWithInputAsync(null, args);

    public static async Task<string> RabbitMqCtlWithInputAsync(string? stdin, params string[] args)
    {
        var start = new ProcessStartInfo(TestServices.RabbitMqCtl)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = stdin is not null,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
        }
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', args)} failed: {await stderr}");
        return await stdout;
    }
}

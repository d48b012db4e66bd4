using System.Diagnostics;

namespace KommunHubben.Tests.Integration.Infrastructure;

/// <summary>
/// A RabbitMQ virtual host of its own for one test class, so queues and messages of one test can never reach another
/// test's worker. Created and deleted with rabbitmqctl on the test node.
/// </summary>
public sealed class TestVirtualHost : IAsyncDisposable
{
    public string Name { get; } = "khub-test-" + Guid.NewGuid().ToString("N")[..10];

    public static async Task<TestVirtualHost> CreateAsync()
    {
        var vhost = new TestVirtualHost();
        await RabbitMqCtlAsync("add_vhost", vhost.Name);
        await RabbitMqCtlAsync("set_permissions", "-p", vhost.Name, TestServices.RabbitUser, ".*", ".*", ".*");
        return vhost;
    }

    public ValueTask DisposeAsync() => new(RabbitMqCtlAsync("delete_vhost", Name));

    public static async Task<string> RabbitMqCtlAsync(params string[] args)
    {
        var start = new ProcessStartInfo(TestServices.RabbitMqCtl) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', args)} failed: {await stderr}");
        return await stdout;
    }
}

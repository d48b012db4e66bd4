using System.Diagnostics;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Security;

/// <summary>
/// The production broker configuration in ops/ is accepted by RabbitMQ itself: ops/rabbitmq/check-config.sh boots a
/// throwaway node with the file (management plugin on, free ports, a throwaway certificate) and reports its listeners.
/// The example must give AMQP over TLS only and a management UI on loopback only; a broken file must be refused.
/// </summary>
public sealed class BrokerConfigTests
{
    private static string Example => Path.Combine(RepositoryPaths.Root, "ops", "rabbitmq", "rabbitmq.conf.example");

    [Fact]
    public async Task The_production_example_boots_a_node_with_tls_only_and_the_management_ui_on_loopback()
    {
        var (exit, output, ports) = await CheckAsync(Example);

        Assert.True(exit == 0, output);
        Assert.Contains($"port: {ports.Amqps}, protocol: amqp/ssl", output);
        Assert.DoesNotContain("protocol: amqp,", output); // no plain-text AMQP listener
        var sockets = output.Split('\n').Where(l => l.StartsWith("socket ", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();
        Assert.Equal([$"socket 127.0.0.1:{ports.Management}"], sockets);
    }

    [Fact]
    public async Task A_config_file_with_a_mistyped_key_is_refused_by_rabbitmq()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"khub-broken-{Guid.NewGuid():N}.conf");
        await File.WriteAllTextAsync(broken, await File.ReadAllTextAsync(Example) + "\nmanagement.tcp.ipp = 127.0.0.1\n");
        try
        {
            var (exit, output, _) = await CheckAsync(broken);
            Assert.True(exit != 0, "RabbitMQ booted with a mistyped key:\n" + output);
            Assert.Contains("refused", output);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    private sealed record Ports(int Amqps, int Management, int Distribution, int Epmd);

    private static async Task<(int Exit, string Output, Ports Ports)> CheckAsync(string conf)
    {
        var ports = new Ports(HubProcess.FreePort(), HubProcess.FreePort(), HubProcess.FreePort(), HubProcess.FreePort());
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
                 {
                     Path.Combine(RepositoryPaths.Root, "ops", "rabbitmq", "check-config.sh"), conf,
                     ports.Amqps.ToString(), ports.Management.ToString(), ports.Distribution.ToString(), ports.Epmd.ToString(),
                 })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(150));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr, ports);
    }
}

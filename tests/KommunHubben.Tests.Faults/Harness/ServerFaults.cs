using System.Diagnostics;
using System.Globalization;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Faults.Harness;

/// <summary>
/// Faults of the servers the test command started (ops/services): the RabbitMQ node's application stopped and
/// started, its memory alarm raised by a low watermark, PostgreSQL restarted. These hit the whole server, which is
/// why this project's scenarios never run in parallel with each other and run after the other test projects are done.
/// Every fault has its undo, and the scenarios undo in a finally block.
/// </summary>
public static class ServerFaults
{
    /// <summary>Stops the RabbitMQ application on the node (the Erlang node stays up): every connection drops.</summary>
    public static Task StopBrokerAsync() => TestVirtualHost.RabbitMqCtlAsync("stop_app");

    /// <summary>Starts the RabbitMQ application again and waits until it accepts AMQP connections.</summary>
    public static async Task StartBrokerAsync()
    {
        await TestVirtualHost.RabbitMqCtlAsync("start_app");
        await TestVirtualHost.RabbitMqCtlAsync("await_startup");
    }

    public static async Task<double> MemoryWatermarkAsync()
    {
        var text = await TestVirtualHost.RabbitMqCtlAsync("eval", "vm_memory_monitor:get_vm_memory_high_watermark().");
        return double.Parse(text.Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>Sets the memory high watermark (a fraction of RAM); far below the node's use it raises the memory
    /// alarm, which blocks every publishing connection until it clears.</summary>
    public static Task SetMemoryWatermarkAsync(double fraction) =>
        TestVirtualHost.RabbitMqCtlAsync("set_vm_memory_high_watermark", fraction.ToString("0.######", CultureInfo.InvariantCulture));

    public static async Task<bool> MemoryAlarmRaisedAsync()
    {
        var alarms = await TestVirtualHost.RabbitMqCtlAsync("eval", "rabbit_alarm:get_alarms().");
        return alarms.Contains("memory", StringComparison.Ordinal);
    }

    /// <summary>
    /// RabbitMQ's state of every connection to <paramref name="virtualHost"/> that process <paramref name="processId"/>
    /// opened (MassTransit sends its process id among the client properties): <c>running</c>, <c>blocking</c> (an
    /// alarm is on; blocked at its next publish), <c>blocked</c> (the broker reads nothing more from it), ...
    /// </summary>
    public static Task<List<string>> ConnectionStatesAsync(string virtualHost, int processId) =>
        BrokerListings.ConnectionsOfAsync(virtualHost, processId, "state");

    /// <summary>`pg_ctl restart -m fast` of the test cluster (ops/services/postgres-restart.sh): open transactions roll
    /// back, every connection is cut, the server is back on the same port when this returns.</summary>
    public static async Task RestartPostgresAsync()
    {
        var script = Path.Combine(RepositoryPaths.Root, "ops", "services", "postgres-restart.sh");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"postgres-restart.sh failed: {await stdout}{await stderr}");
        // The restart cut the test's own pooled connections too; the hub's processes are what recover by themselves.
        Npgsql.NpgsqlConnection.ClearAllPools();
    }
}

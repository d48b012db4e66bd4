using KommunHubben.Tests.Faults.Harness;
using Xunit.Abstractions;

namespace KommunHubben.Tests.Faults.Scenarios;

/// <summary>The servers under the hub failing under load: RabbitMQ stopped and started, PostgreSQL restarted, the
/// broker's memory alarm blocking every publisher. Each fault is undone in a finally block.</summary>
public sealed class ServerFaultScenarios(ITestOutputHelper output) : FaultScenario(output)
{
    [Fact]
    public async Task Broker_stopped_and_restarted_processes_reconnect_and_nothing_published_meanwhile_is_lost()
    {
        await using var hub = await FaultHub.StartAsync(workers: 1);
        var acceptedWhileDown = 0;
        await RunAsync("RabbitMQ stopped 5 s and restarted", hub, async driver =>
        {
            await driver.WhenAcceptedAsync(Cases / 3);
            var before = driver.Accepted.Count;
            await ServerFaults.StopBrokerAsync();
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(5));
                acceptedWhileDown = driver.Accepted.Count - before;
            }
            finally
            {
                await ServerFaults.StartBrokerAsync();
            }
            return DateTime.UtcNow;
        });
        Output.WriteLine($"cases accepted while the broker was down: {acceptedWhileDown}");
        Assert.True(acceptedWhileDown > 0, "The API should keep accepting cases while the broker is down (the outbox holds their events).");
        Assert.All(hub.Workers, w => Assert.False(w.HasExited, "A worker must reconnect, not exit."));
        Assert.False(hub.Api!.HasExited, "The API must reconnect, not exit.");
    }

    [Fact]
    public async Task Postgres_restarted_rolls_back_in_flight_work_which_is_redone_once()
    {
        await using var hub = await FaultHub.StartAsync(workers: 1);
        await RunAsync("PostgreSQL restarted", hub, async driver =>
        {
            await driver.WhenAcceptedAsync(Cases / 3);
            await ServerFaults.RestartPostgresAsync();
            return DateTime.UtcNow;
        });
    }

    [Fact]
    public async Task Memory_alarm_blocks_publishers_while_the_api_keeps_accepting_and_nothing_is_lost()
    {
        await using var hub = await FaultHub.StartAsync(workers: 1);
        var original = await ServerFaults.MemoryWatermarkAsync();
        int acceptedDuringAlarm = 0, heldInOutbox = 0;
        var connections = "";
        await RunAsync("RabbitMQ memory alarm 5 s", hub, async driver =>
        {
            await driver.WhenAcceptedAsync(Cases / 3);
            var before = driver.Accepted.Count;
            try
            {
                await ServerFaults.SetMemoryWatermarkAsync(0.000001);
                var deadline = DateTime.UtcNow.AddSeconds(20);
                while (!await ServerFaults.MemoryAlarmRaisedAsync())
                {
                    Assert.True(DateTime.UtcNow < deadline, "The memory alarm did not go off.");
                    await Task.Delay(200);
                }
                await Task.Delay(TimeSpan.FromSeconds(5));
                connections = await Integration.Infrastructure.TestVirtualHost.RabbitMqCtlAsync(
                    "list_connections", "--quiet", "--no-table-headers", "vhost", "name", "state");
                acceptedDuringAlarm = driver.Accepted.Count - before;
                heldInOutbox = await hub.Database.ScalarAsync<int>("""SELECT count(*) FROM outbox WHERE "PublishedAt" IS NULL""");
            }
            finally
            {
                await ServerFaults.SetMemoryWatermarkAsync(original);
            }
            return DateTime.UtcNow;
        });
        Output.WriteLine($"accepted during the alarm: {acceptedDuringAlarm}; events waiting in the outbox 5 s into it: {heldInOutbox}");
        Output.WriteLine("connections 5 s into the alarm:\n" + connections);
        Assert.True(acceptedDuringAlarm > 0, "The API must keep accepting cases while publishers are blocked.");
        Assert.False(await ServerFaults.MemoryAlarmRaisedAsync());
    }
}

using KommunHubben.Tests.Faults.Harness;
using KommunHubben.Tests.Faults.Load;
using Xunit.Abstractions;

namespace KommunHubben.Tests.Faults.Scenarios;

/// <summary>The servers under the hub failing under load: RabbitMQ stopped and started, PostgreSQL restarted, the
/// broker's memory alarm blocking every publisher. Each fault is undone in a finally block.</summary>
public sealed class ServerFaultScenarios(SharedFaultHub hubs, ITestOutputHelper output) : FaultScenario(hubs, output)
{
    [Fact]
    public async Task Broker_stopped_and_restarted_processes_reconnect_and_nothing_published_meanwhile_is_lost()
    {
        var hub = await SharedHubAsync(workers: 1);
        var workers = hub.LiveWorkers;
        var acceptedWhileDown = 0;
        await RunAsync("RabbitMQ stopped 5 s and restarted", hub, async driver =>
        {
            await driver.WhenAcceptedAsync(Cases / 3);
            var before = driver.Accepted.Count;
            await ServerFaults.StopBrokerAsync();
            try
            {
                // The driver's lanes may all be waiting for a routing that cannot happen now; new submissions show
                // that the API takes cases while the broker is away (the outbox holds their events).
                var down = System.Diagnostics.Stopwatch.StartNew();
                await driver.SubmitMoreAsync(4);
                var left = TimeSpan.FromSeconds(5) - down.Elapsed;
                if (left > TimeSpan.Zero) await Task.Delay(left);
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
        Assert.All(workers, w => Assert.False(w.HasExited, "A worker must reconnect, not exit."));
        Assert.False(hub.Api!.HasExited, "The API must reconnect, not exit.");
    }

    [Fact]
    public async Task Postgres_restarted_rolls_back_in_flight_work_which_is_redone_once()
    {
        var hub = await SharedHubAsync(workers: 1);
        await RunAsync("PostgreSQL restarted", hub, async driver =>
        {
            await driver.WhenAcceptedAsync(Cases / 3);
            await ServerFaults.RestartPostgresAsync();
            return DateTime.UtcNow;
        });
    }

    /// <summary>
    /// The memory alarm, raised by a watermark far below what the node uses, blocks every connection that publishes.
    /// Cases submitted while it is on must still be accepted (201: the API only commits them with their outbox rows),
    /// their events must wait — unpublished, not routed — for as long as the API's connection is blocked, and once the
    /// alarm clears each must come through exactly once (the reconciler's count). The broker lets a connection's first
    /// publish after the alarm through before blocking it, so the cases that prove the holding are submitted only once
    /// RabbitMQ reports the API's connection blocked.
    /// </summary>
    [Fact]
    public async Task Memory_alarm_blocks_publishers_while_the_api_keeps_accepting_and_nothing_is_lost()
    {
        const int held = 8;
        var hub = await SharedHubAsync(workers: 1);
        var original = await ServerFaults.MemoryWatermarkAsync();
        IReadOnlyList<DrivenCase> heldCases = [];
        int unpublished = -1, routed = -1;
        var statesAtCheck = new List<string>();
        var alarmAtCheck = false;
        await RunAsync("RabbitMQ memory alarm", hub, async driver =>
        {
            await driver.WhenAcceptedAsync(Cases / 3);
            try
            {
                await ServerFaults.SetMemoryWatermarkAsync(0.000001);
                await WaitUntilAsync(ServerFaults.MemoryAlarmRaisedAsync, TimeSpan.FromSeconds(30), "The memory alarm did not go off.");
                // Submissions make the API publish, which gets its connection blocked.
                Assert.Equal(4, (await driver.SubmitMoreAsync(4)).Count);
                var api = hub.Api!.ProcessId;
                await WaitUntilAsync(async () => await ServerFaults.ConnectionStatesAsync(hub.VirtualHost, api) is { Count: > 0 } states &&
                                                 states.All(s => s == "blocked"),
                    TimeSpan.FromSeconds(60), "RabbitMQ did not block the API's connection.");

                heldCases = await driver.SubmitMoreAsync(held);
                // Routing takes well under a second when events flow; give them time to flow if they could.
                await Task.Delay(TimeSpan.FromSeconds(3));
                var ids = heldCases.Select(c => c.Id).ToArray();
                unpublished = await hub.Database.ScalarAsync<int>("""
                    SELECT count(*) FROM outbox WHERE "MessageType" = 'CaseSubmitted' AND "PublishedAt" IS NULL
                      AND ("Body"::jsonb ->> 'caseId')::uuid = ANY(@ids)
                    """, ("ids", ids));
                routed = await hub.Database.ScalarAsync<int>(
                    """SELECT count(*) FROM case_history WHERE "Action" = 'Route' AND "CaseId" = ANY(@ids)""", ("ids", ids));
                statesAtCheck = await ServerFaults.ConnectionStatesAsync(hub.VirtualHost, api);
                alarmAtCheck = await ServerFaults.MemoryAlarmRaisedAsync();
            }
            finally
            {
                await ServerFaults.SetMemoryWatermarkAsync(original);
            }
            return DateTime.UtcNow;
        });
        Output.WriteLine($"submitted after the API's connection was blocked: {heldCases.Count} accepted (201); " +
                         $"3 s later {unpublished} of their CaseSubmitted unpublished, {routed} routed; API connection {string.Join(",", statesAtCheck)}");
        Assert.Equal(held, heldCases.Count);
        Assert.True(alarmAtCheck, "The memory alarm cleared by itself before the check.");
        Assert.Equal(held, unpublished);
        Assert.Equal(0, routed);
        Assert.All(statesAtCheck, s => Assert.Equal("blocked", s));
        await WaitUntilAsync(async () => !await ServerFaults.MemoryAlarmRaisedAsync(), TimeSpan.FromSeconds(30), "The memory alarm did not clear.");
    }
}

using KommunHubben.Tests.Faults.Harness;
using Xunit.Abstractions;

namespace KommunHubben.Tests.Faults.Scenarios;

/// <summary>Hub processes killed with SIGKILL under load: a worker (restarted), one of two workers (not restarted),
/// and the API between its database commit and the outbox relay.</summary>
public sealed class ProcessCrashScenarios(SharedFaultHub hubs, ITestOutputHelper output) : FaultScenario(hubs, output)
{
    [Fact]
    public async Task Worker_killed_and_restarted_loses_nothing_and_does_nothing_twice()
    {
        var hub = await SharedHubAsync(workers: 1);
        await RunAsync("worker SIGKILLed and restarted", hub, async driver =>
        {
            await driver.WhenAcceptedAsync(Cases / 3);
            hub.LiveWorkers[0].Kill();
            // Cases keep being accepted while no worker runs; they wait in the queue.
            await Task.Delay(TimeSpan.FromSeconds(3));
            await hub.StartWorkerAsync();
            return DateTime.UtcNow;
        });
    }

    [Fact]
    public async Task One_of_two_workers_killed_the_other_takes_over_its_unacknowledged_messages()
    {
        var hub = await SharedHubAsync(workers: 2);
        var (killed, survivor) = (hub.LiveWorkers[0], hub.LiveWorkers[1]);
        await RunAsync("two workers, one SIGKILLed", hub, async driver =>
        {
            await driver.WhenAcceptedAsync(Cases / 3);
            killed.Kill();
            return DateTime.UtcNow;
        });
        Assert.False(survivor.HasExited, "The surviving worker must still run.");
    }

    /// <summary>
    /// The API starts with its relay switched off (<c>Hub__Outbox__RelayEnabled=false</c>) and the worker's relay polls
    /// only every ten minutes, so accepted cases stay committed but unpublished; the API is SIGKILLed in that window and
    /// started again with its relay on, which publishes what the dead process committed.
    /// </summary>
    [Fact]
    public async Task Api_killed_between_commit_and_relay_publishes_what_was_committed_after_restart()
    {
        // A hub of its own: its processes are configured unlike the shared hub's.
        await using var hub = await FaultHub.StartAsync(workers: 0, api: false);
        await hub.StartWorkerAsync(new Dictionary<string, string> { ["Hub__Outbox__PollInterval"] = "00:10:00" });
        await hub.StartApiAsync(new Dictionary<string, string> { ["Hub__Outbox__RelayEnabled"] = "false" });
        var heldAtKill = 0;
        await RunAsync("API SIGKILLed between commit and relay", hub, async driver =>
        {
            // Every lane has submitted a case and waits for it to be routed: nothing has been published.
            await driver.WhenAcceptedAsync(Math.Min(Concurrency, Cases));
            await Task.Delay(500);
            hub.KillApi();
            heldAtKill = await hub.Database.ScalarAsync<int>("""SELECT count(*) FROM outbox WHERE "PublishedAt" IS NULL AND "MessageType" = 'CaseSubmitted'""");
            await hub.StartApiAsync();
            return DateTime.UtcNow;
        });
        Output.WriteLine($"committed but unpublished when the API was killed: {heldAtKill} CaseSubmitted");
        Assert.True(heldAtKill >= Math.Min(Concurrency, Cases), $"Only {heldAtKill} committed submissions were waiting for the relay at the kill.");
    }
}

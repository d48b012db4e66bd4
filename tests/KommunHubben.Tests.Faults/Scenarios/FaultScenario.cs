using KommunHubben.Tests.Faults.Harness;
using KommunHubben.Tests.Faults.Load;
using KommunHubben.Tests.Faults.Reconciliation;
using KommunHubben.Tests.Integration.Infrastructure;
using Xunit.Abstractions;

namespace KommunHubben.Tests.Faults.Scenarios;

/// <summary>Every scenario class belongs to this collection: they stop and start the shared servers, so never two at once.
/// The scenarios that can share one hub get it from <see cref="SharedFaultHub"/>.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultCollection : ICollectionFixture<SharedFaultHub>
{
    public const string Name = "faults";
}

/// <summary>
/// The frame of every scenario: a hub (the shared one, brought back to shape, or the scenario's own), the load driver
/// running, the scenario's fault injected while it runs, the driver finishing, the reconciler counting the cases this
/// driver sent, one line printed and appended to the results table, and the assertion that nothing was lost or
/// duplicated and no message is left waiting in an error queue.
/// </summary>
[Collection(FaultCollection.Name)]
public abstract class FaultScenario(SharedFaultHub hubs, ITestOutputHelper output)
{
    /// <summary>Cases per scenario: KHUB_FAULT_CASES (the full run uses 1000), else a reduced 48 (three per lane) for
    /// the test command: enough for every lane to be mid-lifecycle when the fault hits and to go on after it.</summary>
    protected static int Cases { get; } = FromEnvironment("KHUB_FAULT_CASES", 48);

    /// <summary>Cases moving through the lifecycle at the same time.</summary>
    protected static int Concurrency { get; } = FromEnvironment("KHUB_FAULT_CONCURRENCY", 16);

    protected ITestOutputHelper Output => output;

    /// <summary>The hub the scenarios share, with the API and <paramref name="workers"/> workers running.</summary>
    protected Task<FaultHub> SharedHubAsync(int workers = 1) => hubs.GetAsync(workers);

    /// <summary>Runs the load against <paramref name="hub"/>; <paramref name="inject"/> injects the fault while it
    /// runs and returns the moment the fault ended (recovery is measured from there).</summary>
    protected async Task<ScenarioResult> RunAsync(
        string scenario, FaultHub hub, Func<LoadDriver, Task<DateTime>> inject, Func<Reconciler, Task<double?>>? beforeReconcile = null,
        KommunHubben.AfSimulator.SimulatorState? afSide = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // Cases an earlier scenario left on a shared hub are not this driver's: the reconciler leaves them alone.
        var earlier = (await hub.Database.RowsAsync("""SELECT "Id" FROM cases""")).Select(r => (Guid)r[0]!).ToList();
        using var client = new LoadClient(hub.ApiAddress);
        var driver = new LoadDriver(client, Cases, Concurrency, TimeSpan.FromSeconds(180 + Cases * 0.6));
        var load = driver.RunAsync();
        DateTime recoveryFrom;
        try
        {
            recoveryFrom = await inject(driver);
        }
        finally
        {
            await load;
            await driver.WhenDoneAsync();
        }
        var loadSeconds = clock.Elapsed.TotalSeconds;
        var reconciler = new Reconciler(hub, driver) { AfSide = afSide };
        reconciler.Excluded.UnionWith(earlier);
        // A scenario whose fault is not about catching up on routing measures its own recovery (e.g. a re-drive).
        var ownRecovery = beforeReconcile is null ? null : await beforeReconcile(reconciler);
        var result = await reconciler.ReconcileAsync(scenario, recoveryFrom, settle: TimeSpan.FromSeconds(60));
        if (ownRecovery is { } seconds) result = result with { MaxRecoverySeconds = seconds };

        Report(result);
        var waiting = await FailedMessageQueues.WaitingAsync(hub.VirtualHost);
        Output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"load and fault {loadSeconds:0.0} s, reconciliation {clock.Elapsed.TotalSeconds - loadSeconds:0.0} s"));
        Assert.True(result.Lost == 0 && result.Duplicated == 0 && waiting.Count == 0,
            $"{ScenarioResult.Header}\n{result.Line}\n{result.Details}\nwaiting in failed-message queues: {string.Join(", ", waiting)}\n" +
            Tail(hub.AllLogs(), 150));
        Assert.Equal(driver.Total, driver.Accepted.Count);
        return result;
    }

    protected void Report(ScenarioResult result)
    {
        output.WriteLine(ScenarioResult.Header);
        output.WriteLine(result.Line);
        if (result.Details.Length > 0) output.WriteLine(result.Details);
        Console.WriteLine($"[fault-suite] {result.Line}");
        result.Append();
    }

    /// <summary>Polls <paramref name="condition"/> every 250 ms; fails with <paramref name="what"/> after <paramref name="timeout"/>.</summary>
    protected static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException(what);
            await Task.Delay(250);
        }
    }

    protected static string Tail(string text, int lines) =>
        string.Join('\n', text.Split('\n').TakeLast(lines));

    private static int FromEnvironment(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var n) && n > 0 ? n : fallback;
}

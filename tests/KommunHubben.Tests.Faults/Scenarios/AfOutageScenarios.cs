using KommunHubben.AfSimulator;
using KommunHubben.Tests.Faults.Harness;
using KommunHubben.Tests.Integration.Infrastructure;
using Xunit.Abstractions;

namespace KommunHubben.Tests.Faults.Scenarios;

/// <summary>
/// The AF side down while hub processes crash: the AF simulator stops answering, and during the outage the workflow
/// worker and the AF gateway worker are both SIGKILLed and started again; AF comes back afterwards. Every case must
/// still go through its whole lifecycle in the hub, and arrive at AF exactly once with each supplement answer once.
/// </summary>
public sealed class AfOutageScenarios(SharedFaultHub hubs, ITestOutputHelper output) : FaultScenario(hubs, output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(8);

    [Fact]
    public async Task Af_down_while_the_worker_and_the_gateway_crash_loses_nothing_and_creates_nothing_twice_at_af()
    {
        // A hub of its own: the shared one has no AF side attached.
        await using var hub = await FaultHub.StartAsync(workers: 1);
        await using var af = await AfSimulatorServer.StartAsync(new AfSimulatorOptions { ApiKey = AfGatewayDeployment.ApiKey });
        // Not disposed as a whole: the hub above owns the deployment; the gateway process is stopped below.
        var gateway = new AfGatewayDeployment { Hub = hub.Deployment, Af = af };
        await gateway.StartGatewayAsync();
        try
        {
            await RunAsync("AF down, worker and gateway SIGKILLed", hub, async driver =>
            {
                await driver.WhenAcceptedAsync(Cases / 3);
                await af.StopAsync();
                var outageEnds = DateTime.UtcNow + Outage;
                hub.LiveWorkers[0].Kill();
                gateway.Gateway!.Kill();
                await Task.Delay(TimeSpan.FromSeconds(2));
                await hub.StartWorkerAsync();
                await gateway.StartGatewayAsync();
                var left = outageEnds - DateTime.UtcNow;
                if (left > TimeSpan.Zero) await Task.Delay(left);
                await af.StartAgainAsync();
                return DateTime.UtcNow;
            }, afSide: af.State);
            Output.WriteLine($"cases created at AF: {af.State.Cases.Count}");
        }
        finally
        {
            if (gateway.Gateway is { } process) await process.DisposeAsync();
        }
    }
}

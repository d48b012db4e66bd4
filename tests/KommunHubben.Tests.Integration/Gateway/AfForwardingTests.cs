using KommunHubben.Gateway.Af;
using KommunHubben.Messaging.Bus;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Gateway;

/// <summary>One hub with the AF gateway and the simulator, shared by the forwarding tests (each checks its own cases).</summary>
public sealed class AfForwardingHub : IAsyncLifetime
{
    public AfGatewayDeployment Deployment { get; private set; } = null!;
    public async Task InitializeAsync() => Deployment = await AfGatewayDeployment.StartedAsync();
    public Task DisposeAsync() => Deployment.DisposeAsync().AsTask();
}

/// <summary>
/// Cases reach AF exactly once, whatever AF does: errors and throttling (acceptance 1), and a complete outage in the
/// middle of the work (acceptance 2) — during which the rest of the hub keeps working.
/// </summary>
[Collection(LoadSensitiveCollection.Name)]
public sealed class AfForwardingTests(AfForwardingHub fixture) : IClassFixture<AfForwardingHub>
{
    private const int CaseCount = 500;
    private AfGatewayDeployment Hub => fixture.Deployment;

    [Fact]
    public async Task With_30_percent_errors_and_10_percent_throttling_500_cases_each_reach_AF_exactly_once_and_all_are_forwarded()
    {
        Hub.Af.Faults = new() { ServerErrorRate = 0.3, ThrottleRate = 0.1, RetryAfterSeconds = 1 };
        try
        {
            var ids = await Hub.SubmitCasesAsync(CaseCount);
            await WaitForForwardedAsync(ids, TimeSpan.FromSeconds(150));

            AssertEachCaseCreatedOnceAtAf(ids);
            var posts = Hub.Af.State.Requests.Where(r => r.Method == "POST" && r.Path == "/af/v1/cases" && ids.Any(id => r.Body.Contains(id.ToString()))).ToList();
            Assert.Equal(CaseCount, posts.Select(r => r.Header(IdempotencyKeys.Header)).Distinct().Count());
            // The faults really happened, and were retried rather than duplicated.
            Assert.Contains(posts, r => r.Outcome == "server_error");
            Assert.Contains(posts, r => r.Outcome == "throttled");
            Assert.True(posts.Count > CaseCount, $"only {posts.Count} calls for {CaseCount} cases: no retries happened");
        }
        finally { Hub.Af.Faults = new(); }
    }

    [Fact]
    public async Task When_AF_is_down_mid_run_nothing_is_lost_or_duplicated_the_circuit_opens_and_closes_and_the_hub_keeps_working()
    {
        var before = await Hub.GatewayStatusAsync();
        var openedBefore = Transitions(before, "open");
        var closedBefore = Transitions(before, "closed");

        var submitting = Hub.SubmitCasesAsync(CaseCount);
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (Hub.Af.State.Cases.Count < 60) // some, not all, have reached AF
        {
            Assert.True(DateTime.UtcNow < deadline, "Nothing reached AF within 90 s.");
            await Task.Delay(20);
        }
        await Hub.Af.StopAsync();
        var ids = await submitting;
        var createdAtStop = Hub.Af.State.Cases.Count;

        // The circuit opens (seen through the gateway's metrics) ...
        await WaitUntilAsync(async () => Transitions(await Hub.GatewayStatusAsync(), "open") > openedBefore, TimeSpan.FromSeconds(30), "the circuit never opened");
        // ... while contact persons and officers go on working: a new case is routed and claimed.
        using var kp = Hub.Hub.As("kp-11");
        var during = await kp.SubmitAsync(new { caseType = "GeneralQuestion", generalQuestion = new { topic = "Other", question = "Under AF-avbrottet" } });
        var officer = (await kp.WaitForStatusAsync(during, "Routed"))["assignedOfficerId"]!.GetValue<string>();
        using var af = Hub.Hub.As(officer);
        await af.ActAsync(during, "claim", new { });
        // Only the gateway's queue backs up; routing's is drained.
        Assert.True(await Hub.QueueDepthAsync(KnownEndpoints.AfGateway) > 0, "the gateway queue did not back up during the outage");
        Assert.Equal(0u, await Hub.QueueDepthAsync(KnownEndpoints.RouteCase));
        Assert.True(Hub.Af.State.Cases.Count < CaseCount, "the outage came too late to test anything");

        await Task.Delay(TimeSpan.FromSeconds(3));
        await Hub.Af.StartAgainAsync();
        await WaitForForwardedAsync([.. ids, during], TimeSpan.FromSeconds(120));

        AssertEachCaseCreatedOnceAtAf([.. ids, during]);
        Assert.True(createdAtStop < Hub.Af.State.Cases.Count);
        var after = await Hub.GatewayStatusAsync();
        Assert.True(Transitions(after, "closed") > closedBefore, "the circuit never closed again");
        Assert.Equal("closed", after["circuit"]!["state"]!.GetValue<string>());
    }

    private void AssertEachCaseCreatedOnceAtAf(IReadOnlyCollection<Guid> ids)
    {
        var atAf = Hub.Af.State.Cases.Where(c => ids.Contains(c.HubCaseId)).ToList();
        Assert.Equal(ids.Count, atAf.Count);
        Assert.Equal(ids.Order(), atAf.Select(c => c.HubCaseId).Order());
        Assert.All(atAf, c => Assert.Equal(IdempotencyKeys.Forward(c.HubCaseId), c.IdempotencyKey));
    }

    private async Task WaitForForwardedAsync(IReadOnlyCollection<Guid> ids, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var list = string.Join(",", ids.Select(i => $"'{i}'"));
        long forwarded = 0;
        while (DateTime.UtcNow < deadline)
        {
            forwarded = await Hub.Hub.Database.ScalarAsync<long>(
                $"""SELECT count(*) FROM af_forwardings WHERE "Status" = 'Forwarded' AND "AfReference" IS NOT NULL AND "CaseId" IN ({list})""");
            if (forwarded == ids.Count) return;
            await Task.Delay(250);
        }
        var statuses = await Hub.ForwardingStatusesAsync();
        throw new TimeoutException($"{forwarded} of {ids.Count} forwarded; all rows: {string.Join(", ", statuses.Select(s => $"{s.Key}={s.Value}"))}");
    }

    private static long Transitions(System.Text.Json.Nodes.JsonNode status, string state) =>
        status["circuit"]!["transitions"]![state]?.GetValue<long>() ?? 0;

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string failure)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(100);
        }
    }
}

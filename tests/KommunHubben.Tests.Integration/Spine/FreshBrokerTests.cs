using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Spine;

/// <summary>
/// The order processes are deployed in does not matter: on a broker where no worker has ever declared its queues, the
/// API keeps what it accepted in its outbox (the broker returns the unroutable messages) until a worker comes.
/// </summary>
public sealed class FreshBrokerTests : IAsyncLifetime
{
    private const int CaseCount = 20;
    private HubDeployment _hub = null!;

    public async Task InitializeAsync() => _hub = await HubDeployment.CreateAsync();

    public Task DisposeAsync() => _hub.DisposeAsync().AsTask();

    [Fact]
    public async Task When_the_api_starts_alone_on_a_fresh_broker_a_worker_started_30_s_later_routes_every_case_it_accepted()
    {
        await _hub.StartApiAsync();
        using var contact = _hub.As("kp-03");
        var ids = new List<Guid>();
        for (var i = 0; i < CaseCount; i++)
            ids.Add(await contact.SubmitAsync(new { caseType = "GeneralQuestion", generalQuestion = new { topic = "Other", question = $"Tidig fråga {i}" } }));

        await Task.Delay(TimeSpan.FromSeconds(30));
        // Nothing could be delivered yet, and nothing was marked as sent: every CaseSubmitted still waits in the outbox.
        Assert.Equal(CaseCount, await _hub.Database.ScalarAsync<int>(
            """SELECT count(*) FROM outbox WHERE "MessageType" = 'CaseSubmitted' AND "PublishedAt" IS NULL"""));
        Assert.Contains("No queue takes CaseSubmitted yet", _hub.Api!.Log, StringComparison.Ordinal);

        await _hub.StartWorkerAsync();
        foreach (var id in ids)
            Assert.Equal("Routed", (await contact.WaitForStatusAsync(id, "Routed", TimeSpan.FromSeconds(90)))["status"]!.GetValue<string>());
        Assert.Equal(0, await _hub.Database.ScalarAsync<int>("""SELECT count(*) FROM outbox WHERE "MessageType" = 'CaseSubmitted' AND "PublishedAt" IS NULL"""));
    }
}

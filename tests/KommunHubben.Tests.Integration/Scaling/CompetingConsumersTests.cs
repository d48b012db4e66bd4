using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Scaling;

/// <summary>
/// Two workers and two APIs on one broker and one database share the work: every case is routed by exactly one
/// worker, every event is published once by exactly one API's outbox relay, and both instances of each did some of it.
/// </summary>
[Collection(LoadSensitiveCollection.Name)]
public sealed partial class CompetingConsumersTests : IAsyncLifetime
{
    private const int CaseCount = 300;
    private HubDeployment _hub = null!;
    private HubProcess _secondApi = null!;
    private Uri _secondApiAddress = null!;

    public async Task InitializeAsync()
    {
        _hub = await HubDeployment.CreateAsync();
        await Task.WhenAll(_hub.StartWorkerAsync(), _hub.StartWorkerAsync());
        await _hub.StartApiAsync();
        var env = _hub.Environment(HubRole.Api);
        _secondApiAddress = new Uri($"http://127.0.0.1:{HubProcess.FreePort()}");
        env["ASPNETCORE_URLS"] = _secondApiAddress.ToString();
        _secondApi = HubProcess.StartHost("api-2", "KommunHubben.Api", env);
        await HubDeployment.WaitForHealthAsync(_secondApiAddress, _secondApi);
    }

    public async Task DisposeAsync()
    {
        await _secondApi.DisposeAsync();
        await _hub.DisposeAsync();
    }

    [Fact]
    public async Task When_two_workers_and_two_apis_share_the_load_each_case_is_handled_once_and_both_instances_work()
    {
        await using var tap = await BrokerTap.StartAsync(_hub.VirtualHost.Name, [typeof(KommunHubben.Contracts.CaseSubmitted)]);
        // Half the contact persons talk to each API, as behind a load balancer.
        var clients = Enumerable.Range(1, 12)
            .Select(i => new HubClient(i % 2 == 0 ? _hub.ApiAddress : _secondApiAddress, $"kp-{i:00}")).ToArray();
        var ids = new Guid[CaseCount];
        await Parallel.ForAsync(0, CaseCount, new ParallelOptions { MaxDegreeOfParallelism = 12 }, async (i, _) =>
            ids[i] = await clients[i % clients.Length].SubmitAsync(new
            {
                caseType = "GeneralQuestion",
                generalQuestion = new { topic = "Other", question = $"Delad fråga {i}" },
            }));

        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (await _hub.Database.ScalarAsync<int>("""SELECT count(*) FROM cases WHERE "Status" = 'Routed'""") < CaseCount)
        {
            Assert.True(DateTime.UtcNow < deadline, "Not every case was routed within 90 s.\n" + _hub.AllLogs());
            await Task.Delay(200);
        }

        // Workers: each routed case appears in exactly one worker's log, and each worker routed some. The log line is
        // written after the commit the count above saw and reaches us through the process's stdout a moment later.
        List<Guid>[] RoutedBy() => _hub.Workers.Select(w => RoutedLine().Matches(w.Log).Select(m => Guid.Parse(m.Groups[1].Value)).ToList()).ToArray();
        var logDeadline = DateTime.UtcNow.AddSeconds(10);
        while (RoutedBy().Sum(r => r.Count) < CaseCount && DateTime.UtcNow < logDeadline) await Task.Delay(100);
        var routedBy = RoutedBy();
        Assert.All(routedBy, r => Assert.NotEmpty(r));
        Assert.Equal(ids.Order(), routedBy.SelectMany(r => r).Order());
        Assert.DoesNotContain(_hub.Workers, w => w.Log.Contains("already handled", StringComparison.Ordinal));

        var history = await _hub.Database.RowsAsync("""
            SELECT c."Id", (SELECT count(*) FROM case_history h WHERE h."CaseId" = c."Id" AND h."Action" = 'Route') FROM cases c
            """);
        Assert.All(history, r => Assert.Equal(1L, (long)r[1]!));

        // APIs: every CaseSubmitted crossed the broker once, published by one of the two API processes, and both published.
        var tapDeadline = DateTime.UtcNow.AddSeconds(10);
        while (tap.Bodies.Count < CaseCount && DateTime.UtcNow < tapDeadline) await Task.Delay(100);
        var envelopes = tap.Bodies.Select(b => JsonNode.Parse(b)!).ToList();
        Assert.Equal(CaseCount, envelopes.Count);
        Assert.Equal(ids.Order(), envelopes.Select(e => e["message"]!["caseId"]!.GetValue<Guid>()).Order());
        // Every process that writes outbox rows runs a relay, and relays also pick up rows other processes wrote
        // (FOR UPDATE SKIP LOCKED), so a worker may publish some too; each row still goes out once.
        var publishers = envelopes.GroupBy(e => e["host"]!["processId"]!.GetValue<int>()).ToDictionary(g => g.Key, g => g.Count());
        var hubPids = _hub.Workers.Append(_hub.Api!).Append(_secondApi).Select(p => p.Id).ToHashSet();
        Assert.All(publishers.Keys, pid => Assert.Contains(pid, hubPids));
        Assert.True(publishers.GetValueOrDefault(_hub.Api!.Id) > 0, "The first API's relay published nothing.");
        Assert.True(publishers.GetValueOrDefault(_secondApi.Id) > 0, "The second API's relay published nothing.");
        foreach (var client in clients) client.Dispose();
    }

    [GeneratedRegex(@"Case ([0-9a-f-]{36}) routed to")]
    private static partial Regex RoutedLine();
}

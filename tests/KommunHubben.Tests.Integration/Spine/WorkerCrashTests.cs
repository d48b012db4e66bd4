using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Spine;

/// <summary>A worker killed with SIGKILL in the middle of the work loses nothing and does nothing twice.</summary>
public sealed class WorkerCrashTests : IAsyncLifetime
{
    private const int CaseCount = 200;
    // One message at a time makes the worker slow enough that the kill lands in the middle of the 200.
    private static readonly Dictionary<string, string> SlowWorker = new() { ["Hub__Messaging__ConcurrentMessageLimit"] = "1" };
    private HubDeployment _hub = null!;

    public async Task InitializeAsync()
    {
        _hub = await HubDeployment.CreateAsync();
        await _hub.StartWorkerAsync(SlowWorker);
        await _hub.StartApiAsync();
    }

    public Task DisposeAsync() => _hub.DisposeAsync().AsTask();

    [Fact]
    public async Task When_the_worker_is_killed_mid_batch_and_restarted_every_case_is_in_exactly_one_queue_once()
    {
        var contactPersons = Enumerable.Range(1, 10).Select(i => _hub.As($"kp-{i:00}")).ToArray();
        var ids = new Guid[CaseCount];
        var submitting = Parallel.ForAsync(0, CaseCount, new ParallelOptions { MaxDegreeOfParallelism = 10 }, async (i, _) =>
            ids[i] = await contactPersons[i % contactPersons.Length].SubmitAsync(new
            {
                caseType = "GeneralQuestion",
                generalQuestion = new { topic = "Other", question = $"Fråga nummer {i}" },
            }));

        // Kill as soon as some, but not all, are routed.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        int routedAtKill;
        while ((routedAtKill = await RoutedCountAsync()) < 10)
        {
            Assert.True(DateTime.UtcNow < deadline, "The worker routed nothing in 60 s.\n" + _hub.AllLogs());
            await Task.Delay(20);
        }
        _hub.Workers[0].Kill();
        routedAtKill = await RoutedCountAsync();
        await submitting;
        Assert.True(routedAtKill < CaseCount, $"The kill came too late to test anything: {routedAtKill} of {CaseCount} were already routed.");

        await _hub.StartWorkerAsync(SlowWorker);
        var finish = DateTime.UtcNow.AddSeconds(120);
        while (await RoutedCountAsync() < CaseCount)
        {
            Assert.True(DateTime.UtcNow < finish, $"Only {await RoutedCountAsync()} of {CaseCount} routed after the restart.");
            await Task.Delay(200);
        }

        var rows = await _hub.Database.RowsAsync("""
            SELECT c."Id", c."AssignedOfficerId",
                   (SELECT count(*) FROM case_history h WHERE h."CaseId" = c."Id" AND h."Action" = 'Route'),
                   (SELECT count(*) FROM outbox o WHERE o."MessageType" = 'CaseRouted' AND o."Body" LIKE '%' || c."Id"::text || '%')
            FROM cases c
            """);
        Assert.Equal(CaseCount, rows.Count);
        Assert.Equal(ids.Order(), rows.Select(r => (Guid)r[0]!).Order());
        Assert.All(rows, r =>
        {
            Assert.StartsWith("af-", (string)r[1]!);
            Assert.Equal(1L, (long)r[2]!);
            Assert.Equal(1L, (long)r[3]!);
        });
        // Fair spread: 200 cases over 4 officers with "fewest open cases first".
        Assert.All(rows.GroupBy(r => (string)r[1]!), g => Assert.InRange(g.Count(), 40, 60));
        foreach (var client in contactPersons) client.Dispose();
    }

    private Task<int> RoutedCountAsync() =>
        _hub.Database.ScalarAsync<int>("""SELECT count(*) FROM cases WHERE "Status" = 'Routed'""");
}

using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Scaling;

/// <summary>
/// Two workers routing at the same instant must not both pick the same least-loaded officer: the choice is made one
/// at a time, on the officers' load rows that the database keeps with every move.
/// </summary>
[Collection(LoadSensitiveCollection.Name)]
public sealed class RoutingRaceTests : IAsyncLifetime
{
    private const int CaseCount = 400;
    private const int Officers = 4;
    // The four demo officers all take general questions (weight 1): room for exactly CaseCount cases under the cap.
    private const int Cap = CaseCount / Officers;
    private HubDeployment _hub = null!;

    public async Task InitializeAsync()
    {
        _hub = await HubDeployment.CreateAsync();
        var lowCap = new Dictionary<string, string> { ["Hub__Routing__Cap"] = Cap.ToString() };
        await Task.WhenAll(_hub.StartWorkerAsync(lowCap), _hub.StartWorkerAsync(lowCap));
        await _hub.StartApiAsync(lowCap);
    }

    public Task DisposeAsync() => _hub.DisposeAsync().AsTask();

    [Fact]
    public async Task When_two_workers_route_400_cases_at_once_no_officer_goes_over_the_cap_and_the_loads_stay_even()
    {
        var clients = Enumerable.Range(1, 16).Select(i => _hub.As($"kp-{i:00}")).ToArray();
        await Parallel.ForAsync(0, CaseCount, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
            await clients[i % clients.Length].SubmitAsync(new
            {
                caseType = "GeneralQuestion",
                generalQuestion = new { topic = "Other", question = $"Samtidig fråga {i}" },
            }));

        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (await _hub.Database.ScalarAsync<int>("""SELECT count(*) FROM cases WHERE "Status" = 'Routed'""") < CaseCount)
        {
            Assert.True(DateTime.UtcNow < deadline, "Not every case was routed within 180 s.\n" + _hub.AllLogs());
            await Task.Delay(250);
        }

        // Loads only grow here (nobody claims or closes), so the final count is the highest each officer ever had.
        var perOfficer = (await _hub.Database.RowsAsync("""
            SELECT "AssignedOfficerId", count(*) FROM cases GROUP BY "AssignedOfficerId" ORDER BY 1
            """)).ToDictionary(r => (string)r[0]!, r => (long)r[1]!);
        Assert.Equal(Officers, perOfficer.Count);
        // Least loaded first, one decision at a time: with room for exactly every case, each officer ends at the cap.
        Assert.All(perOfficer, o => Assert.Equal(Cap, o.Value));
        Assert.All(_hub.Workers, w => Assert.Contains("routed to", w.Log, StringComparison.Ordinal));

        // The load rows routing reads agree with the cases they stand for.
        var loads = (await _hub.Database.RowsAsync("""
            SELECT "OfficerId", "OpenCases" FROM officer_loads WHERE "Type" = 'GeneralQuestion' ORDER BY 1
            """)).ToDictionary(r => (string)r[0]!, r => (long)(int)r[1]!);
        Assert.Equal(perOfficer, loads);
    }
}

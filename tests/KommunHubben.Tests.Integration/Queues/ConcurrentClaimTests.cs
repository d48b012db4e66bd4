using System.Collections.Concurrent;
using System.Net;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Queues;

/// <summary>Four officers pressing "claim next" at once, a thousand times, against the real PostgreSQL.</summary>
public sealed class ConcurrentClaimTests : RunningHubTest
{
    private const int Cases = 300;
    private const int Claims = 1000;
    private static readonly string[] Officers = ["af-anna", "af-bilal", "af-cecilia", "af-david"];
    [Fact]
    public async Task When_1000_claims_race_for_300_cases_every_case_is_claimed_exactly_once_and_the_rest_hear_nothing_left()
    {
        var contacts = Enumerable.Range(1, 12).Select(i => Hub.As($"kp-{i:00}")).ToArray();
        await Parallel.ForAsync(0, Cases, new ParallelOptions { MaxDegreeOfParallelism = 12 }, async (i, _) =>
            await contacts[i % contacts.Length].SubmitAsync(new
            {
                caseType = "GeneralQuestion",
                generalQuestion = new { topic = "Routines", question = $"Fråga {i}" },
            }));
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (await Hub.Database.ScalarAsync<int>("""SELECT count(*) FROM cases WHERE "Status" = 'Routed'""") < Cases)
        {
            Assert.True(DateTime.UtcNow < deadline, "Not all cases were routed in time.");
            await Task.Delay(200);
        }

        var officers = Officers.Select(Hub.As).ToArray();
        var claimed = new ConcurrentBag<Guid>();
        var nothingLeft = 0;
        var unexpected = new ConcurrentBag<string>();
        await Parallel.ForAsync(0, Claims, new ParallelOptions { MaxDegreeOfParallelism = 40 }, async (i, _) =>
        {
            var (status, body) = await officers[i % officers.Length].PostAsync("/api/v1/queue/claim-next", new { });
            if (status == HttpStatusCode.OK) claimed.Add(body!["id"]!.GetValue<Guid>());
            else if (status == HttpStatusCode.NotFound && body?["title"]?.GetValue<string>() == "Nothing left to claim") Interlocked.Increment(ref nothingLeft);
            else unexpected.Add($"{(int)status}: {body?.ToJsonString()}");
        });

        Assert.Empty(unexpected);
        Assert.Equal(Cases, claimed.Count);
        Assert.Equal(Cases, claimed.Distinct().Count());
        Assert.Equal(Claims - Cases, nothingLeft);
        Assert.Equal(Cases, await Hub.Database.ScalarAsync<int>("""SELECT count(*) FROM cases WHERE "Status" = 'Claimed'"""));
        Assert.Equal(0, await Hub.Database.ScalarAsync<int>("""
            SELECT count(*) FROM (SELECT "CaseId" FROM case_history WHERE "Action" = 'Claim' GROUP BY "CaseId" HAVING count(*) <> 1) AS twice
            """));
        foreach (var client in contacts.Concat(officers)) client.Dispose();
    }
}

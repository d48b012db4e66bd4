using System.Net;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Security;

/// <summary>Submissions are rate limited per user: past the limit a clear 429, and other users are not affected.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private HubDeployment _hub = null!;

    public async Task InitializeAsync()
    {
        _hub = await HubDeployment.CreateAsync();
        await _hub.StartWorkerAsync();
        await _hub.StartApiAsync(new Dictionary<string, string> { ["Hub__RateLimits__SubmissionsPerMinute"] = "5" });
    }

    public Task DisposeAsync() => _hub.DisposeAsync().AsTask();

    [Fact]
    public async Task A_user_who_submits_too_fast_is_told_to_slow_down_and_others_are_not_affected()
    {
        using var eager = _hub.As("kp-14");
        using var calm = _hub.As("kp-15");
        var question = new { caseType = "GeneralQuestion", generalQuestion = new { topic = "Other", question = "Snabbt" } };
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.Created, (await eager.PostAsync("/api/v1/cases", question)).Status);

        var (status, problem) = await eager.PostAsync("/api/v1/cases", question);

        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Equal("Slow down", problem!["title"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Created, (await calm.PostAsync("/api/v1/cases", question)).Status);
        Assert.Equal(HttpStatusCode.OK, (await eager.GetAsync("/api/v1/cases")).Status);
        Assert.Equal(6, await _hub.Database.ScalarAsync<int>("SELECT count(*) FROM cases"));
    }
}

using KommunHubben.Contracts;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Spine;

/// <summary>At-least-once delivery, exactly-once effect: the same message (same message id) delivered again does nothing.</summary>
public sealed class DuplicateDeliveryTests : RunningHubTest
{
    [Fact]
    public async Task When_the_same_CaseSubmitted_arrives_three_times_at_once_the_case_is_routed_once_and_one_CaseRouted_leaves()
    {
        // A submitted case written straight to the database, with no outbox row: only our copies will route it.
        var caseId = await Hub.Database.InsertSubmittedCaseAsync();
        var messageId = Guid.NewGuid();

        await RawPublisher.PublishAsync(Hub.VirtualHost.Name, messageId,
            new CaseSubmitted(caseId, "GeneralQuestion", "jobbtorg-city", DateTime.UtcNow), copies: 3);

        // Two of the three copies must be recognised by the inbox (not merely by the case's state).
        var worker = Hub.Workers[0];
        await WaitUntilAsync(() => CountOccurrences(worker.Log, $"Message {messageId} was already handled") >= 2, TimeSpan.FromSeconds(30),
            () => worker.Log);

        Assert.Equal(1, await Hub.Database.ScalarAsync<int>(
            """SELECT count(*) FROM case_history WHERE "CaseId" = @id AND "Action" = 'Route'""", ("id", caseId)));
        Assert.Equal(1, await Hub.Database.ScalarAsync<int>(
            """SELECT count(*) FROM outbox WHERE "MessageType" = 'CaseRouted' AND "Body" LIKE @pattern""", ("pattern", $"%{caseId}%")));
        Assert.Equal(1, await Hub.Database.ScalarAsync<int>(
            """SELECT count(*) FROM inbox WHERE "MessageId" = @id""", ("id", messageId)));
        Assert.Equal("Routed", await Hub.Database.ScalarAsync<string>(
            """SELECT "Status" FROM cases WHERE "Id" = @id""", ("id", caseId)));
        Assert.DoesNotContain($"Case {caseId} is already Routed", worker.Log);
    }

    private static int CountOccurrences(string text, string part) =>
        text.Split(part).Length - 1;

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, Func<string> diagnostics)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Condition not met in time. Log:\n" + diagnostics());
            await Task.Delay(100);
        }
    }
}

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

        // The copies are recognised by their message id — a batch handles a message once however many copies of it
        // it took, the inbox skips one that comes in a later batch — not merely by the case's state.
        await Poll.UntilAsync(async () => await Hub.Database.ScalarAsync<string>("""SELECT "Status" FROM cases WHERE "Id" = @id""", ("id", caseId)) == "Routed"
                                         && await MessagesInAsync("khub-route-case") == 0,
            TimeSpan.FromSeconds(30), () => Hub.Workers[0].Log);
        await Task.Delay(2000); // rabbitmqctl's counts of quorum queues lag: give a late copy time to do harm
        var worker = Hub.Workers[0];

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

    /// <summary>Ready and unacknowledged: a copy still held by a batch counts.</summary>
    private Task<int> MessagesInAsync(string queue) => BrokerListings.QueueCountAsync(Hub.VirtualHost.Name, queue, "messages");
}

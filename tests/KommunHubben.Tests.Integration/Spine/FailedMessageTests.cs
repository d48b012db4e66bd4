using KommunHubben.Contracts;
using KommunHubben.Tests.Integration.Infrastructure;
using RabbitMQ.Client;

namespace KommunHubben.Tests.Integration.Spine;

/// <summary>
/// What cannot be handled ends in the endpoint's _error queue after in-process retries (no delayed-exchange plugin
/// exists on this broker), leaves nothing half-written, and the endpoint goes on with other messages.
/// </summary>
public sealed class FailedMessageTests : RunningHubTest
{
    [Fact]
    public async Task When_no_officer_can_take_a_case_the_message_lands_in_error_and_the_endpoint_keeps_working()
    {
        var stuck = await FailOneCaseIntoTheErrorQueueAsync();
        Assert.Equal("Submitted", await StatusAsync(stuck));
        Assert.Equal(0, await Hub.Database.ScalarAsync<int>("""SELECT count(*) FROM inbox"""));
        Assert.True(Hub.Workers[0].Log.Length > 0 && !Hub.Workers[0].HasExited, "The worker must survive a failed message.");

        // The endpoint still works: with officers back, the next case is routed.
        await Hub.Database.ExecuteAsync("""UPDATE users SET "Active" = true WHERE "Role" = 'Officer'""");
        using var contact = Hub.As("kp-01");
        var next = await contact.SubmitAsync(new { caseType = "GeneralQuestion", generalQuestion = new { topic = "Other", question = "Nästa fråga." } });
        await contact.WaitForStatusAsync(next, "Routed");
    }

    [Fact]
    public async Task Durable_endpoints_are_quorum_queues_whose_delivery_limit_dead_letters_into_a_kept_queue()
    {
        var listing = await TestVirtualHost.RabbitMqCtlAsync("list_queues", "-p", Hub.VirtualHost.Name, "--quiet", "--no-table-headers", "name", "type", "arguments");
        var routeCase = listing.Split('\n').Single(l => l.StartsWith("khub-route-case\t", StringComparison.Ordinal));

        Assert.Contains("quorum", routeCase);
        Assert.Contains("x-delivery-limit", routeCase);
        Assert.Contains("khub-dead-letters", routeCase);
        var deadLetters = listing.Split('\n').Single(l => l.StartsWith("khub-dead-letters\t", StringComparison.Ordinal));
        Assert.Contains("quorum", deadLetters);
    }

    [Fact]
    public async Task A_failed_message_stays_in_its_quorum_error_queue_however_often_an_administrator_reads_it()
    {
        await FailOneCaseIntoTheErrorQueueAsync();

        // Every _error queue the hub declared: replicated (quorum), without the endpoints' delivery limit.
        var listing = await TestVirtualHost.RabbitMqCtlAsync("list_queues", "-p", Hub.VirtualHost.Name, "--quiet", "--no-table-headers", "name", "type", "arguments");
        var errorQueues = listing.Split('\n').Where(l => l.Split('\t')[0].EndsWith("_error", StringComparison.Ordinal)).ToList();
        Assert.Contains(errorQueues, l => l.StartsWith("khub-route-case_error\t", StringComparison.Ordinal));
        Assert.All(errorQueues, l =>
        {
            Assert.Contains("\tquorum\t", l);
            Assert.DoesNotContain("x-delivery-limit", l);
        });

        // An administrator reads it 25 times (each read a delivery to RabbitMQ, more than the endpoints' limit of 20).
        await using (var connection = await RabbitConnections.OpenAsync(Hub.VirtualHost.Name, "read-often"))
        await using (var channel = await connection.CreateChannelAsync())
        {
            for (var i = 0; i < 25; i++)
            {
                var got = await channel.BasicGetAsync("khub-route-case_error", autoAck: false);
                Assert.True(got is not null, $"the message was gone from khub-route-case_error after {i} reads");
                await channel.BasicNackAsync(got.DeliveryTag, multiple: false, requeue: true);
            }
        }
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(1u, await CountAsync("khub-route-case_error"));
        Assert.Equal(0u, await CountAsync("khub-dead-letters"));
    }

    /// <summary>With every officer inactive, a submitted case's CaseSubmitted fails into khub-route-case_error.</summary>
    private async Task<Guid> FailOneCaseIntoTheErrorQueueAsync()
    {
        await Hub.Database.ExecuteAsync("""UPDATE users SET "Active" = false WHERE "Role" = 'Officer'""");
        var stuck = await Hub.Database.InsertSubmittedCaseAsync();
        await RawPublisher.PublishAsync(Hub.VirtualHost.Name, Guid.NewGuid(),
            new CaseSubmitted(stuck, "GeneralQuestion", "jobbtorg-city", DateTime.UtcNow), copies: 1);
        await WaitForMessagesAsync("khub-route-case_error", 1, TimeSpan.FromSeconds(60));
        return stuck;
    }

    private async Task<uint> CountAsync(string queue)
    {
        await using var connection = await RabbitConnections.OpenAsync(Hub.VirtualHost.Name, "error-count");
        await using var channel = await connection.CreateChannelAsync();
        return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
    }

    private Task<string> StatusAsync(Guid id) =>
        Hub.Database.ScalarAsync<string>("""SELECT "Status" FROM cases WHERE "Id" = @id""", ("id", id));

    private async Task WaitForMessagesAsync(string queue, uint expected, TimeSpan timeout)
    {
        await using var connection = await RabbitConnections.OpenAsync(Hub.VirtualHost.Name, "error-watch");
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                await using var channel = await connection.CreateChannelAsync();
                var ok = await channel.QueueDeclarePassiveAsync(queue);
                if (ok.MessageCount >= expected) return;
            }
            catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
            {
                // Not declared yet: MassTransit creates the error queue with the endpoint or on the first fault.
            }
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{queue} did not receive {expected} message(s). Worker log:\n{Hub.Workers[0].Log}");
            await Task.Delay(250);
        }
    }
}

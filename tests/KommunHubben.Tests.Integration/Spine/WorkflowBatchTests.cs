using KommunHubben.Contracts;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Spine;

/// <summary>
/// The workflow handlers take their events in batches, one transaction per batch. A message that cannot be handled
/// must not take its batch down with it: the batch is handled again one message at a time, the others commit, and
/// only the poison message ends in <c>khub-workflow_error</c>, with its reason.
/// </summary>
public sealed class WorkflowBatchTests : RunningHubTest
{
    [Fact]
    public async Task A_poison_message_inside_a_batch_goes_to_error_alone_and_the_rest_of_the_batch_is_handled_once()
    {
        // The worker is stopped while the events wait, so the next one takes them together.
        Hub.Workers[0].Kill();
        var cases = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            var id = await Hub.Database.InsertSubmittedCaseAsync();
            await Hub.Database.ExecuteAsync("""UPDATE cases SET "Status" = 'Routed', "AssignedOfficerId" = 'af-anna', "Version" = 1 WHERE "Id" = @id""", ("id", id));
            cases.Add(id);
        }
        var poison = Guid.NewGuid();
        var poisonCase = Guid.NewGuid();
        await RawPublisher.PublishAsync(Hub.VirtualHost.Name, Guid.NewGuid(), new CaseRouted(cases[0], "af-anna", "routed", DateTime.UtcNow), copies: 1);
        await RawPublisher.PublishAsync(Hub.VirtualHost.Name, poison, new CaseRouted(poisonCase, "af-anna", "routed", DateTime.UtcNow), copies: 1);
        foreach (var id in cases.Skip(1))
            await RawPublisher.PublishAsync(Hub.VirtualHost.Name, Guid.NewGuid(), new CaseRouted(id, "af-anna", "routed", DateTime.UtcNow), copies: 1);

        var worker = await Hub.StartWorkerAsync();
        await Poll.UntilAsync(async () => await Hub.Database.ScalarAsync<int>(
                """SELECT count(DISTINCT "CaseId") FROM notifications WHERE "Kind" = 'NewCase' AND "CaseId" = ANY(@ids)""", ("ids", cases.ToArray())) == 10,
            TimeSpan.FromSeconds(60), () => worker.Log);
        await Poll.UntilAsync(async () => await ErrorQueueHoldsAsync(poison.ToString()), TimeSpan.FromSeconds(60), () => worker.Log);

        // The batch failed on the poison message and was handled again one message at a time.
        Assert.Matches(@"A batch of \d+ CaseRouted failed", worker.Log);
        // Every other case: its deadlines, one notice, one inbox row, its reporting row — once.
        Assert.Equal(10, await Hub.Database.ScalarAsync<int>("""SELECT count(*) FROM notifications WHERE "Kind" = 'NewCase' AND "CaseId" = ANY(@ids)""", ("ids", cases.ToArray())));
        Assert.Equal(10, await Hub.Database.ScalarAsync<int>("""SELECT count(DISTINCT "CaseId") FROM deadlines WHERE "CaseId" = ANY(@ids)""", ("ids", cases.ToArray())));
        Assert.Equal(10, await Hub.Database.ScalarAsync<int>("""SELECT count(*) FROM inbox WHERE "Consumer" = 'WhenCaseRouted'"""));
        // The poison message: nothing of it kept, and alone in the error queue with its reason.
        Assert.Equal(0, await Hub.Database.ScalarAsync<int>("""SELECT count(*) FROM inbox WHERE "MessageId" = @id""", ("id", poison)));
        var inspect = await Khub.RunAsync(Hub.Environment(), "dead-letters", "inspect", "khub-workflow_error");
        Assert.Contains(poison.ToString(), inspect.Stdout);
        Assert.Contains($"case {poisonCase} does not exist", inspect.Stdout);
        Assert.Equal(1u, await ErrorCountAsync());
    }

    private async Task<bool> ErrorQueueHoldsAsync(string messageId) =>
        await ErrorCountAsync() > 0 && (await Khub.RunAsync(Hub.Environment(), "dead-letters", "inspect", "khub-workflow_error")).Stdout.Contains(messageId);

    private async Task<uint> ErrorCountAsync()
    {
        await using var connection = await RabbitConnections.OpenAsync(Hub.VirtualHost.Name, "error-count");
        await using var channel = await connection.CreateChannelAsync();
        try { return (await channel.QueueDeclarePassiveAsync("khub-workflow_error")).MessageCount; }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException) { return 0; }
    }
}

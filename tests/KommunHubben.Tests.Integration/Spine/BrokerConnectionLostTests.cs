using KommunHubben.Contracts;
using KommunHubben.Tests.Integration.Infrastructure;
using Npgsql;

namespace KommunHubben.Tests.Integration.Spine;

/// <summary>
/// A worker that loses its broker connection while a workflow batch runs must go on handling that event type once it
/// has reconnected. The messages that waited for the busy handler were given up by their consumers with the connection
/// (the broker delivers them again); the handler's queue must pass over them, not stop — it once read their disposed
/// consume contexts, failed, and that event type was never handled again while everything else went on.
/// </summary>
public sealed class BrokerConnectionLostTests : RunningHubTest
{
    private const int Waiting = 5;

    [Fact]
    public async Task Messages_given_up_with_a_lost_connection_are_handled_once_after_the_worker_reconnects()
    {
        Hub.Workers[0].Kill();
        var cases = new List<Guid>();
        for (var i = 0; i <= Waiting; i++)
        {
            var id = await Hub.Database.InsertSubmittedCaseAsync();
            await Hub.Database.ExecuteAsync("""UPDATE cases SET "Status" = 'Routed', "AssignedOfficerId" = 'af-anna', "Version" = 1 WHERE "Id" = @id""", ("id", id));
            cases.Add(id);
        }
        // One batch at a time for the event type, so the messages below must wait behind the first.
        var worker = await Hub.StartWorkerAsync(new Dictionary<string, string> { ["Hub__Messaging__Batch__ConcurrencyLimit"] = "1" });

        // The first case's row is locked here, so its batch waits inside its transaction for as long as the test holds it.
        await using var holder = new NpgsqlConnection(Hub.Database.ConnectionString);
        await holder.OpenAsync();
        await using var held = await holder.BeginTransactionAsync();
        await using (var lockRow = new NpgsqlCommand("""SELECT 1 FROM cases WHERE "Id" = @id FOR UPDATE""", holder, held))
        {
            lockRow.Parameters.AddWithValue("id", cases[0]);
            await lockRow.ExecuteScalarAsync();
        }
        await RawPublisher.PublishAsync(Hub.VirtualHost.Name, Guid.NewGuid(), Routed(cases[0]), copies: 1);
        await Poll.UntilAsync(async () => await Hub.Database.ScalarAsync<long>(
            """SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'""") > 0,
            TimeSpan.FromSeconds(30), () => worker.Log);
        foreach (var id in cases.Skip(1))
            await RawPublisher.PublishAsync(Hub.VirtualHost.Name, Guid.NewGuid(), Routed(id), copies: 1);
        // Delivered to the worker (none left ready in the queue): they wait in the handler's queue behind the held batch.
        await Poll.UntilAsync(async () => await ReadyAsync("khub-workflow") == 0, TimeSpan.FromSeconds(30), () => worker.Log);

        await CloseConnectionsOfAsync(worker.ProcessId);
        await Poll.UntilAsync(async () => (await ConnectionsOfAsync(worker.ProcessId)).Count > 0, TimeSpan.FromSeconds(60), () => worker.Log);
        await held.CommitAsync();

        await Poll.UntilAsync(async () => await Hub.Database.ScalarAsync<long>(
                """SELECT count(DISTINCT "CaseId") FROM notifications WHERE "Kind" = 'NewCase' AND "CaseId" = ANY(@ids)""", ("ids", cases.ToArray())) == cases.Count,
            TimeSpan.FromSeconds(60), () => worker.Log);
        // Once each, however often the broker delivered them.
        Assert.Equal(cases.Count, await Hub.Database.ScalarAsync<long>("""SELECT count(*) FROM notifications WHERE "Kind" = 'NewCase' AND "CaseId" = ANY(@ids)""", ("ids", cases.ToArray())));
        Assert.Equal(cases.Count, await Hub.Database.ScalarAsync<long>("""SELECT count(*) FROM inbox WHERE "Consumer" = 'WhenCaseRouted'"""));
        Assert.DoesNotContain("ObjectDisposedException", worker.Log);
    }

    private static CaseRouted Routed(Guid caseId) => new(caseId, "af-anna", "routed", DateTime.UtcNow);

    private Task<int> ReadyAsync(string queue) => BrokerListings.QueueCountAsync(Hub.VirtualHost.Name, queue, "messages_ready");

    /// <summary>The broker's names (Erlang pids) of this deployment's connections opened by the process.</summary>
    private Task<List<string>> ConnectionsOfAsync(int processId) => BrokerListings.ConnectionsOfAsync(Hub.VirtualHost.Name, processId, "pid");

    private async Task CloseConnectionsOfAsync(int processId)
    {
        var connections = await ConnectionsOfAsync(processId);
        Assert.NotEmpty(connections);
        foreach (var connection in connections)
            await TestVirtualHost.RabbitMqCtlAsync("close_connection", connection, "test: the connection is lost");
        await Poll.UntilAsync(async () => (await ConnectionsOfAsync(processId)).Intersect(connections).Any() is false,
            TimeSpan.FromSeconds(30), () => "connections still open: " + string.Join(", ", connections));
    }
}

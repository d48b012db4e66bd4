using KommunHubben.Contracts;
using KommunHubben.Tests.Faults.Harness;
using KommunHubben.Tests.Integration.Infrastructure;
using Xunit.Abstractions;

namespace KommunHubben.Tests.Faults.Scenarios;

/// <summary>Bad, repeated and out-of-order messages under load: a poison message kept in _error and re-driven with
/// khub after a fix; real messages delivered twice; events delivered before what caused them.</summary>
public sealed class MessageFaultScenarios(SharedFaultHub hubs, ITestOutputHelper output) : FaultScenario(hubs, output)
{
    /// <summary>
    /// A CaseRouted about a case that does not exist (yet) cannot be handled: the workflow endpoint keeps it in its
    /// _error queue with the reason — alone, whatever batch it arrived in — while the load goes on through the same
    /// endpoint. The "fix" is
    /// that the case comes into being (routed to the officer the message names); `khub dead-letters redrive` then
    /// brings the message through: its deadlines are planned and its officer notified, once.
    /// </summary>
    [Fact]
    public async Task Poison_message_waits_in_error_with_its_reason_and_a_redrive_after_the_fix_brings_it_through()
    {
        var hub = await SharedHubAsync(workers: 1);
        var future = Guid.NewGuid();
        var messageId = Guid.NewGuid();
        string[] errorQueues = ["khub-workflow_error"];
        await RunAsync("poison message, re-driven after the fix", hub, async driver =>
        {
            await driver.WhenAcceptedAsync(Cases / 3);
            await RawPublisher.PublishAsync(hub.VirtualHost, messageId, new CaseRouted(future, "af-anna", "routed by hand", DateTime.UtcNow), copies: 1);
            await WaitUntilAsync(async () => (await Task.WhenAll(errorQueues.Select(q => FailedMessageQueues.CountAsync(hub.VirtualHost, q)))).All(n => n == 1u),
                TimeSpan.FromSeconds(90), "the poison message did not reach the _error queue");
            return DateTime.UtcNow;
        }, async reconciler =>
        {
            reconciler.Excluded.Add(future);
            var env = hub.Deployment.Environment();
            foreach (var queue in errorQueues)
            {
                var inspect = await Khub.RunAsync(env, "dead-letters", "inspect", queue);
                Output.WriteLine(inspect.Stdout);
                Assert.Contains(messageId.ToString(), inspect.Stdout);
                Assert.Contains($"case {future} does not exist", inspect.Stdout);
            }
            Assert.Equal(0, await hub.Database.ScalarAsync<int>("""SELECT count(*) FROM inbox WHERE "MessageId" = @id""", ("id", messageId)));

            // The fix: the case the message is about now exists, routed to af-anna.
            await InsertRoutedCaseAsync(hub.Database, future, "af-anna");
            var redriveAt = DateTime.UtcNow;
            foreach (var queue in errorQueues)
            {
                var redrive = await Khub.RunAsync(env, "dead-letters", "redrive", queue, "--all");
                Assert.True(redrive.ExitCode == 0, redrive.Stdout + redrive.Stderr);
            }
            await WaitUntilAsync(async () =>
                    await hub.Database.ScalarAsync<int>("""SELECT count(*) FROM deadlines WHERE "CaseId" = @id""", ("id", future)) > 0 &&
                    await hub.Database.ScalarAsync<int>("""SELECT count(*) FROM notifications WHERE "CaseId" = @id AND "Kind" = 'NewCase'""", ("id", future)) == 1,
                TimeSpan.FromSeconds(60), "the re-driven message was not handled");
            var recovered = (DateTime.UtcNow - redriveAt).TotalSeconds;
            Assert.Equal(1, await hub.Database.ScalarAsync<int>("""SELECT count(*) FROM inbox WHERE "MessageId" = @id""", ("id", messageId)));
            return recovered;
        });
    }

    /// <summary>
    /// While the load runs: 40 events the hub really published are delivered again with their own message ids (twice
    /// each), a CaseSubmitted of an already routed case arrives again under a new message id, and for a case made by
    /// hand its CaseRouted is delivered before the CaseSubmitted that causes the routing and its second supplement
    /// request before its first. Nothing may happen twice and every round gets its own deadline.
    /// </summary>
    [Fact]
    public async Task Duplicated_and_reordered_messages_have_one_effect_each()
    {
        var hub = await SharedHubAsync(workers: 1);
        var early = Guid.NewGuid();
        var injected = new List<Guid>();
        await RunAsync("duplicated and reordered messages", hub, async driver =>
        {
            await driver.WhenAcceptedAsync(Cases / 2);
            // Events about this driver's cases only (the hub may be shared): the reconciler checks their effects.
            var ours = driver.Accepted.Select(c => c.Id).ToArray();
            var published = await hub.Database.RowsAsync("""
                SELECT "MessageId","MessageType","Body" FROM outbox WHERE "PublishedAt" IS NOT NULL AND "MessageType" <> 'CaseClaimed'
                  AND ("Body"::jsonb ->> 'caseId')::uuid = ANY(@ours)
                ORDER BY random() LIMIT 40
                """, ("ours", ours));
            foreach (var row in published)
                await RawPublisher.PublishAsync(hub.VirtualHost, (Guid)row[0]!, Contract((string)row[1]!, (string)row[2]!), copies: 2);

            // A CaseSubmitted again, under a new id, for a case already routed: the state guard stops a second routing.
            var routed = await hub.Database.ScalarAsync<Guid>(
                """SELECT "Id" FROM cases WHERE "Status" <> 'Submitted' AND "Id" = ANY(@ours) ORDER BY "SubmittedAt" LIMIT 1""", ("ours", ours));
            var again = Guid.NewGuid();
            injected.Add(again);
            await RawPublisher.PublishAsync(hub.VirtualHost, again, new CaseSubmitted(routed, "GeneralQuestion", "jobbtorg-city", DateTime.UtcNow), copies: 1);

            // Event before its cause: CaseRouted first, then the CaseSubmitted that routes the case.
            await InsertSubmittedCaseAsync(hub.Database, early);
            await RawPublisher.PublishAsync(hub.VirtualHost, Guid.NewGuid(), new CaseRouted(early, "af-anna", "routed", DateTime.UtcNow), copies: 1);
            await Task.Delay(1000);
            await RawPublisher.PublishAsync(hub.VirtualHost, Guid.NewGuid(), new CaseSubmitted(early, "GeneralQuestion", "jobbtorg-city", DateTime.UtcNow), copies: 1);
            return DateTime.UtcNow;
        }, async reconciler =>
        {
            reconciler.Excluded.Add(early);
            reconciler.InjectedMessages.UnionWith(injected);
            await WaitUntilAsync(async () => await hub.Database.ScalarAsync<int>(
                    """SELECT count(*) FROM notifications WHERE "CaseId" = @id AND "Kind" = 'NewCase'""", ("id", early)) >= 1,
                TimeSpan.FromSeconds(60), "the early CaseRouted was never handled");
            await Task.Delay(2000);
            var officer = await hub.Database.ScalarAsync<string>("""SELECT "AssignedOfficerId" FROM cases WHERE "Id" = @id""", ("id", early));
            var notices = await hub.Database.RowsAsync("""SELECT "RecipientId" FROM notifications WHERE "CaseId" = @id AND "Kind" = 'NewCase'""", ("id", early));
            Assert.Equal([officer], notices.Select(r => (string)r[0]!));
            Assert.Equal(4, await hub.Database.ScalarAsync<int>("""SELECT count(*) FROM deadlines WHERE "CaseId" = @id""", ("id", early)));
            Assert.Equal(1, await hub.Database.ScalarAsync<int>("""SELECT count(*) FROM case_history WHERE "CaseId" = @id AND "Action" = 'Route'""", ("id", early)));
            return null;
        });
    }

    /// <summary>Two supplement requests of one case whose events arrive newest first (e.g. a worker was down while
    /// the officer asked twice): each request gets its own answer deadline, anchored to its own step, once.</summary>
    [Fact]
    public async Task Supplement_requests_arriving_newest_first_each_get_their_own_deadline_once()
    {
        var hub = await SharedHubAsync(workers: 1);
        var caseId = Guid.NewGuid();
        await InsertSubmittedCaseAsync(hub.Database, caseId);
        var first = DateTime.UtcNow.AddMinutes(-10);
        var second = first.AddMinutes(5);
        await hub.Database.ExecuteAsync("""
            UPDATE cases SET "Status" = 'AwaitingSupplement', "AssignedOfficerId" = 'af-anna' WHERE "Id" = @id;
            INSERT INTO case_history ("CaseId","At","Action","FromStatus","ToStatus","ActorId") VALUES
              (@id, @first, 'RequestSupplement', 'Claimed', 'AwaitingSupplement', 'af-anna'),
              (@id, @first + interval '1 minute', 'ProvideSupplement', 'AwaitingSupplement', 'Claimed', 'kp-01'),
              (@id, @second, 'RequestSupplement', 'Claimed', 'AwaitingSupplement', 'af-anna');
            """, ("id", caseId), ("first", first), ("second", second));
        var started = DateTime.UtcNow;
        var messages = new[] { Guid.NewGuid(), Guid.NewGuid() };
        foreach (var (at, messageId) in new[] { second, first }.Zip(messages))
            await RawPublisher.PublishAsync(hub.VirtualHost, messageId, new SupplementRequested(caseId, "af-anna", "jobbtorg-city", at), copies: 1);

        var query = """
            SELECT h."At", count(d."Id") FROM case_history h LEFT JOIN deadlines d ON d."AnchorHistoryId" = h."Id"
            WHERE h."CaseId" = @id AND h."Action" = 'RequestSupplement' GROUP BY h."Id", h."At" ORDER BY h."At"
            """;
        await WaitUntilAsync(async () => (await hub.Database.RowsAsync(query, ("id", caseId))).All(r => (long)r[1]! > 0) &&
                                         await hub.Database.ScalarAsync<int>("""SELECT count(*) FROM inbox WHERE "MessageId" = ANY(@ids)""", ("ids", messages)) == 2,
            TimeSpan.FromSeconds(60), "both requests did not get their deadlines");
        var rows = await hub.Database.RowsAsync(query, ("id", caseId));
        var result = new Reconciliation.ScenarioResult("supplement requests newest first", 1,
            rows.All(r => (long)r[1]! == 2) ? 1 : 0, rows.Count(r => (long)r[1]! == 0), rows.Sum(r => Math.Max(0, (int)(long)r[1]! - 2)),
            (DateTime.UtcNow - started).TotalSeconds, 0, 0, []);
        Report(result);
        Assert.Equal([2L, 2L], rows.Select(r => (long)r[1]!));
    }

    private static object Contract(string type, string body) =>
        System.Text.Json.JsonSerializer.Deserialize(body, typeof(CaseSubmitted).Assembly.GetType($"KommunHubben.Contracts.{type}")!,
            new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;

    private static Task InsertSubmittedCaseAsync(TestDatabase db, Guid id) => db.ExecuteAsync("""
        INSERT INTO cases ("Id","Type","Status","UnitId","SubmittedBy","ProtectedDetails","SubmittedAt","UpdatedAt","Version","Priority")
        VALUES (@id,'GeneralQuestion','Submitted','jobbtorg-city','kp-01',@details,now(),now(),0,0);
        INSERT INTO case_history ("CaseId","At","Action","FromStatus","ToStatus","ActorId") VALUES (@id, now(), 'Submit', 'Submitted', 'Submitted', 'kp-01');
        """, ("id", id), ("details", new byte[] { 1 }));

    private static async Task InsertRoutedCaseAsync(TestDatabase db, Guid id, string officer)
    {
        await InsertSubmittedCaseAsync(db, id);
        await db.ExecuteAsync("""
            UPDATE cases SET "Status" = 'Routed', "AssignedOfficerId" = @officer, "Version" = 1 WHERE "Id" = @id;
            INSERT INTO case_history ("CaseId","At","Action","FromStatus","ToStatus","ActorId") VALUES (@id, now(), 'Route', 'Submitted', 'Routed', 'workflow');
            """, ("id", id), ("officer", officer));
    }
}

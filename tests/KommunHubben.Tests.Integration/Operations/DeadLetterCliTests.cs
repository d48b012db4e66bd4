using System.Diagnostics;
using System.Text.RegularExpressions;
using KommunHubben.Contracts;
using KommunHubben.Tests.Integration.Infrastructure;
using RabbitMQ.Client;
using Xunit.Abstractions;

namespace KommunHubben.Tests.Integration.Operations;

/// <summary>
/// The administrators' dead-letter tools, run as the built <c>khub</c> against a production-shaped hub: a case that
/// no officer can take fails into khub-route-case_error, and khub lists, inspects, re-drives and discards it.
/// </summary>
public sealed class DeadLetterCliTests(ITestOutputHelper output) : RunningHubTest
{
    private const string ErrorQueue = "khub-route-case_error";
    private const string RouteQueue = "khub-route-case";

    [Fact]
    public async Task An_administrator_can_list_inspect_and_redrive_a_failed_case_until_it_is_routed()
    {
        await SetOfficersActiveAsync(false);
        var stuck = await Hub.Database.InsertSubmittedCaseAsync();
        var messageId = Guid.NewGuid();
        await RawPublisher.PublishAsync(Hub.VirtualHost.Name, messageId,
            new CaseSubmitted(stuck, "GeneralQuestion", "jobbtorg-city", DateTime.UtcNow), copies: 1);
        await WaitForCountAsync(ErrorQueue, 1);
        output.WriteLine("Headers of the _error message: " + await HeaderNamesAsync(ErrorQueue));

        var list = await KhubAsync("dead-letters", "list");
        Assert.Equal(0, list.ExitCode);
        Assert.Matches(new Regex(@"^khub-route-case_error\s+1\s*$", RegexOptions.Multiline), list.Stdout);
        Assert.Matches(new Regex(@"^khub-dead-letters\s+0\s*$", RegexOptions.Multiline), list.Stdout);

        var inspect = await KhubAsync("dead-letters", "inspect", ErrorQueue);
        Assert.Equal(0, inspect.ExitCode);
        Assert.Contains(messageId.ToString(), inspect.Stdout);
        Assert.Contains("KommunHubben.Contracts:CaseSubmitted", inspect.Stdout);
        Assert.Contains("cannot be routed", inspect.Stdout);
        Assert.Contains("no present officer", inspect.Stdout, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"caseId={stuck}", inspect.Stdout);
        Assert.Equal(1u, await CountAsync(ErrorQueue));

        await SetOfficersActiveAsync(true);
        var redrive = await KhubAsync("dead-letters", "redrive", ErrorQueue, "--all");
        Assert.Equal(0, redrive.ExitCode);
        Assert.Contains("Re-drove 1 message(s)", redrive.Stdout);

        await WaitForStatusAsync(stuck, "Routed");
        Assert.Equal(0u, await CountAsync(ErrorQueue));
        Assert.Equal(0u, await CountAsync("khub-dead-letters"));
    }

    [Fact]
    public async Task An_administrator_can_discard_one_failed_message_with_a_reason_and_redrive_another_by_its_id()
    {
        await SetOfficersActiveAsync(false);
        var first = await Hub.Database.InsertSubmittedCaseAsync();
        var second = await Hub.Database.InsertSubmittedCaseAsync();
        var ids = new Dictionary<Guid, Guid> { [first] = Guid.NewGuid(), [second] = Guid.NewGuid() };
        foreach (var (caseId, messageId) in ids)
            await RawPublisher.PublishAsync(Hub.VirtualHost.Name, messageId,
                new CaseSubmitted(caseId, "GeneralQuestion", "jobbtorg-city", DateTime.UtcNow), copies: 1);
        await WaitForCountAsync(ErrorQueue, 2);

        // Inspecting leaves the messages where they were, in the same order.
        var once = await KhubAsync("dead-letters", "inspect", ErrorQueue);
        var twice = await KhubAsync("dead-letters", "inspect", ErrorQueue, "--max", "5");
        Assert.Equal(0, once.ExitCode);
        Assert.Equal(MessageIdsIn(once.Stdout), MessageIdsIn(twice.Stdout));
        Assert.Equal(ids.Values.Order(), MessageIdsIn(once.Stdout).Order());
        Assert.Equal(2u, await CountAsync(ErrorQueue));

        var noReason = await KhubAsync("dead-letters", "discard", ErrorQueue, "--message-id", ids[first].ToString());
        Assert.Equal(2, noReason.ExitCode);
        Assert.Equal(2u, await CountAsync(ErrorQueue));

        var unknown = await KhubAsync("dead-letters", "discard", ErrorQueue, "--message-id", Guid.NewGuid().ToString(), "--reason", "test");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("no message with id", unknown.Stderr);
        Assert.Equal(2u, await CountAsync(ErrorQueue));

        var discard = await KhubAsync("dead-letters", "discard", ErrorQueue, "--message-id", ids[first].ToString(),
            "--reason", "Case withdrawn by telephone; routed by hand");
        Assert.Equal(0, discard.ExitCode);
        Assert.Contains(ids[first].ToString(), discard.Stdout);
        Assert.Contains("Case withdrawn by telephone; routed by hand", discard.Stdout);
        Assert.Equal(1u, await CountAsync(ErrorQueue));
        // The discard is in the audit log: by the account that ran khub, which message, why, and the case it was about.
        var discarded = await AuditReasonAsync("DiscardMessage", first);
        Assert.Contains(ids[first].ToString(), discarded);
        Assert.Contains("Case withdrawn by telephone; routed by hand", discarded);

        await SetOfficersActiveAsync(true);
        var redrive = await KhubAsync("dead-letters", "redrive", ErrorQueue, "--message-id", ids[second].ToString());
        Assert.Equal(0, redrive.ExitCode);
        await WaitForStatusAsync(second, "Routed");
        Assert.Equal(0u, await CountAsync(ErrorQueue));
        Assert.Equal("Submitted", await StatusAsync(first));
        Assert.Contains($"{ids[second]} (KommunHubben.Contracts:CaseSubmitted) from {ErrorQueue} to khub-route-case", await AuditReasonAsync("RedriveMessage", second));
    }

    [Fact]
    public async Task A_message_dead_lettered_by_the_delivery_limit_is_redriven_to_the_queue_it_died_in_and_routed()
    {
        // A crash loop: the worker is gone and the message comes back to khub-route-case unacknowledged again and
        // again. At the endpoint's delivery limit (20) the broker dead-letters it into khub-dead-letters.
        Hub.Workers[0].Kill();
        await Hub.Workers[0].WaitForExitAsync(TimeSpan.FromSeconds(30));
        var stuck = await Hub.Database.InsertSubmittedCaseAsync();
        var messageId = Guid.NewGuid();
        await RawPublisher.PublishAsync(Hub.VirtualHost.Name, messageId,
            new CaseSubmitted(stuck, "GeneralQuestion", "jobbtorg-city", DateTime.UtcNow), copies: 1);
        await WaitForCountAsync(RouteQueue, 1);
        await using (var connection = await RabbitConnections.OpenAsync(Hub.VirtualHost.Name, "delivery-limit"))
        await using (var channel = await connection.CreateChannelAsync())
        {
            for (var i = 0; i < 25 && await channel.BasicGetAsync(RouteQueue, autoAck: false) is { } got; i++)
                await channel.BasicNackAsync(got.DeliveryTag, multiple: false, requeue: true);
        }
        await WaitForCountAsync("khub-dead-letters", 1);
        Assert.Equal(0u, await CountAsync(RouteQueue));
        await Hub.StartWorkerAsync();

        var list = await KhubAsync("dead-letters", "list");
        Assert.Matches(new Regex(@"^khub-dead-letters\s+1\s*$", RegexOptions.Multiline), list.Stdout);
        var inspect = await KhubAsync("dead-letters", "inspect", "khub-dead-letters");
        Assert.Equal(0, inspect.ExitCode);
        Assert.Contains(messageId.ToString(), inspect.Stdout);
        Assert.Contains("dead-lettered from khub-route-case", inspect.Stdout);

        var redrive = await KhubAsync("dead-letters", "redrive", "khub-dead-letters", "--all");
        Assert.Equal(0, redrive.ExitCode);
        Assert.Contains("to khub-route-case.", redrive.Stdout);
        await WaitForStatusAsync(stuck, "Routed");
        Assert.Equal(0u, await CountAsync("khub-dead-letters"));
        Assert.Equal(0u, await CountAsync(RouteQueue));
    }

    [Fact]
    public async Task Wrong_usage_and_an_unreachable_broker_give_one_line_errors_and_their_exit_codes()
    {
        var notAQueue = await KhubAsync("dead-letters", "inspect", "khub-route-case");
        Assert.Equal(2, notAQueue.ExitCode);
        Assert.Contains("not one of the hub's dead-letter queues", notAQueue.Stderr);

        var both = await KhubAsync("dead-letters", "redrive", ErrorQueue, "--all", "--message-id", "x");
        Assert.Equal(2, both.ExitCode);

        var unreachable = await KhubWithAsync(new() { ["Hub__Messaging__RabbitMq__Port"] = HubProcess.FreePort().ToString() }, "dead-letters", "list");
        Assert.Equal(1, unreachable.ExitCode);
        Assert.Contains("cannot reach RabbitMQ", unreachable.Stderr);
        Assert.DoesNotContain("   at ", unreachable.Stderr);

        // Before anything failed: the error queue may not exist yet, and that is said plainly.
        var empty = await KhubAsync("dead-letters", "inspect", "khub-workflow_error");
        Assert.True(empty.ExitCode is 0 or 1, empty.Stderr);
        Assert.DoesNotContain("   at ", empty.Stderr);
    }

    private Task<Khub.Result> KhubAsync(params string[] args) => KhubWithAsync([], args);

    /// <summary>Runs khub with the deployment's environment and shows the exchange in the test output.</summary>
    private async Task<Khub.Result> KhubWithAsync(Dictionary<string, string> extra, params string[] args)
    {
        var result = await Khub.RunAsync(Hub.Environment().Concat(extra), args);
        output.WriteLine($"$ khub {string.Join(' ', args)}  → exit {result.ExitCode}\n{result.Stdout}{result.Stderr}");
        return result;
    }

    private static List<Guid> MessageIdsIn(string inspectOutput) =>
        Regex.Matches(inspectOutput, @"message id\s+([0-9a-f-]{36})").Select(m => Guid.Parse(m.Groups[1].Value)).ToList();

    private Task SetOfficersActiveAsync(bool active) =>
        Hub.Database.ExecuteAsync("""UPDATE users SET "Active" = @active WHERE "Role" = 'Officer'""", ("active", active));

    /// <summary>The one audit entry of the action about the case, written by khub (actor khub:&lt;account&gt;).</summary>
    private Task<string> AuditReasonAsync(string action, Guid caseId) =>
        Hub.Database.ScalarAsync<string>(
            """SELECT "Reason" FROM audit_log WHERE "Action" = @action AND "CaseId" = @id AND "ActorId" LIKE 'khub:%' AND "ActorRole" = 'Administrator'""",
            ("action", action), ("id", caseId));

    private Task<string> StatusAsync(Guid id) =>
        Hub.Database.ScalarAsync<string>("""SELECT "Status" FROM cases WHERE "Id" = @id""", ("id", id));

    private async Task WaitForStatusAsync(Guid id, string status)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        string last;
        while ((last = await StatusAsync(id)) != status)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Case {id} stayed {last}, expected {status}. Worker log:\n{Hub.Workers[0].Log}");
            await Task.Delay(200);
        }
    }

    private async Task<uint?> TryCountAsync(string queue)
    {
        await using var connection = await RabbitConnections.OpenAsync(Hub.VirtualHost.Name, "dead-letter-test");
        await using var channel = await connection.CreateChannelAsync();
        try { return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount; }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException) { return null; }
    }

    private async Task<uint> CountAsync(string queue) =>
        await TryCountAsync(queue) ?? throw new InvalidOperationException($"{queue} does not exist.");

    private async Task WaitForCountAsync(string queue, uint expected)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while ((await TryCountAsync(queue) ?? 0) < expected)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{queue} did not receive {expected} message(s). Worker log:\n{Hub.Workers[0].Log}");
            await Task.Delay(250);
        }
    }

    /// <summary>The header names (and the short values) MassTransit wrote on the first message of the queue; the message stays.</summary>
    private async Task<string> HeaderNamesAsync(string queue)
    {
        await using var connection = await RabbitConnections.OpenAsync(Hub.VirtualHost.Name, "dead-letter-headers");
        await using var channel = await connection.CreateChannelAsync();
        var result = await channel.BasicGetAsync(queue, autoAck: false);
        if (result is null) return "(none)";
        var headers = result.BasicProperties.Headers ?? new Dictionary<string, object?>();
        var text = string.Join("; ", headers.Select(h => h.Key + "=" + (h.Value is byte[] b
            ? System.Text.Encoding.UTF8.GetString(b) is var s && s.Length > 80 ? s[..80] + "…" : System.Text.Encoding.UTF8.GetString(b)
            : h.Value?.ToString())));
        await channel.BasicNackAsync(result.DeliveryTag, multiple: false, requeue: true);
        return text;
    }
}

using KommunHubben.Application.Operations;
using KommunHubben.Operations.DeadLetters;

namespace KommunHubben.Cli;

/// <summary>
/// <c>khub dead-letters redrive &lt;queue&gt; (--message-id ID | --all) [--reason "…"]</c>: moves messages back to their
/// endpoint's input queue — <c>&lt;endpoint&gt;_error</c> to <c>&lt;endpoint&gt;</c>, <c>khub-dead-letters</c> to the queue named
/// in the message's x-death header — in queue order, each written to the hub's audit log and acknowledged only after
/// the broker confirmed its re-publish.
/// </summary>
public static class RedriveDeadLettersCommand
{
    public const string DefaultReason = "re-driven with khub";

    public static async Task<int> RunAsync(string queue, IReadOnlyList<string> rest)
    {
        DeadLetterQueue.Validate(queue);
        var options = CommandOptions.Parse(rest, ["--message-id", "--reason"], ["--all"]);
        var id = options.Value("--message-id");
        if ((id is null) == !options.Flag("--all"))
            throw new UsageException("redrive needs exactly one of --message-id ID or --all.");
        var reason = options.Value("--reason") is { } given && !string.IsNullOrWhiteSpace(given) ? given : DefaultReason;

        // The audit log first: without it nothing is moved.
        await using var db = HubDatabase.Open();
        var journal = new AuditedDeadLetterJournal(db, CliAdministrator.Current, TimeProvider.System);
        var desk = BrokerSettings.Desk("redrive");

        if (id is not null)
        {
            var one = await desk.RedriveAsync(queue, id, reason, journal);
            Console.WriteLine($"Re-drove {one.Message.MessageId} ({one.Message.MessageType}) from {queue} to {one.Target}.");
            return 0;
        }

        var run = await desk.RedriveAllAsync(queue, reason, journal);
        foreach (var moved in run.Moved) Console.WriteLine($"Re-drove {moved.Message.MessageId} ({moved.Message.MessageType}) to {moved.Target}.");
        Console.WriteLine($"Re-drove {run.Moved.Count} message(s) from {queue}.");
        foreach (var skipped in run.Skipped) await Console.Error.WriteLineAsync($"khub: {skipped}");
        return run.Skipped.Count == 0 ? 0 : 1;
    }
}

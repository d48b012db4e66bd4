using KommunHubben.Application.Operations;
using KommunHubben.Operations.DeadLetters;

namespace KommunHubben.Cli;

/// <summary>
/// <c>khub dead-letters discard &lt;queue&gt; --message-id ID --reason "…"</c>: removes one message for good, after writing
/// who, which message and why to the hub's audit log, and prints the same. The reason is required.
/// </summary>
public static class DiscardDeadLetterCommand
{
    public static async Task<int> RunAsync(string queue, IReadOnlyList<string> rest)
    {
        DeadLetterQueue.Validate(queue);
        var options = CommandOptions.Parse(rest, ["--message-id", "--reason"], []);
        var id = options.Value("--message-id") ?? throw new UsageException("discard needs --message-id ID.");
        var reason = options.Value("--reason");
        if (string.IsNullOrWhiteSpace(reason)) throw new UsageException("discard needs --reason \"why this message may be dropped\".");

        await using var db = HubDatabase.Open();
        var actor = CliAdministrator.Current;
        var removed = await BrokerSettings.Desk("discard").DiscardAsync(queue, id, reason, new AuditedDeadLetterJournal(db, actor, TimeProvider.System));
        Console.WriteLine($"Discarded from {queue} by {actor.UserId} at {DateTimeOffset.UtcNow:O}, reason: {reason} (recorded in the audit log)");
        removed.WriteTo(Console.Out, 1);
        return 0;
    }
}

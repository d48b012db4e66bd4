namespace KommunHubben.Cli;

/// <summary>
/// <c>khub dead-letters discard &lt;queue&gt; --message-id ID --reason "…"</c>: removes one message for good and prints what
/// was removed and why, for the operations log. The reason is required.
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

        await using var broker = await BrokerConnection.OpenAsync("discard");
        await using var dead = await DeadLetterQueue.OpenAsync(broker, queue);
        var (match, looked) = await dead.FindAsync(id);
        if (match is null)
            throw new CommandFailedException($"no message with id {id} in {queue} ({looked} message(s) looked at).");
        await dead.RemoveAsync(match);
        Console.WriteLine($"Discarded from {queue} by {Environment.UserName} at {DateTimeOffset.UtcNow:O}, reason: {reason}");
        match.WriteTo(Console.Out, 1);
        return 0;
    }
}

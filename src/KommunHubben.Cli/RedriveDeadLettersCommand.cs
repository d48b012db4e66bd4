namespace KommunHubben.Cli;

/// <summary>
/// <c>khub dead-letters redrive &lt;queue&gt; (--message-id ID | --all)</c>: moves messages back to their endpoint's input
/// queue — <c>&lt;endpoint&gt;_error</c> to <c>&lt;endpoint&gt;</c>, <c>khub-dead-letters</c> to the queue named in the
/// message's x-death header — in queue order, each acknowledged here only after the broker confirmed its re-publish.
/// </summary>
public static class RedriveDeadLettersCommand
{
    public static async Task<int> RunAsync(string queue, IReadOnlyList<string> rest)
    {
        DeadLetterQueue.Validate(queue);
        var options = CommandOptions.Parse(rest, ["--message-id"], ["--all"]);
        var id = options.Value("--message-id");
        if ((id is null) == !options.Flag("--all"))
            throw new UsageException("redrive needs exactly one of --message-id ID or --all.");

        await using var broker = await BrokerConnection.OpenAsync("redrive");
        await using var dead = await DeadLetterQueue.OpenAsync(broker, queue);

        if (id is not null)
        {
            var (match, looked) = await dead.FindAsync(id);
            if (match is null)
                throw new CommandFailedException($"no message with id {id} in {queue} ({looked} message(s) looked at).");
            var target = await dead.RedriveAsync(match);
            Console.WriteLine($"Re-drove {match.MessageId} ({match.MessageType}) from {queue} to {target}.");
            return 0;
        }

        var moved = 0;
        var skipped = new List<string>();
        // Never more than were there at the start: a message that fails again comes back to this queue meanwhile.
        for (var i = 0; i < dead.CountAtStart; i++)
        {
            if (await dead.TakeAsync() is not { } message) break;
            try
            {
                var target = await dead.RedriveAsync(message);
                Console.WriteLine($"Re-drove {message.MessageId} ({message.MessageType}) to {target}.");
                moved++;
            }
            catch (CannotRedriveException ex)
            {
                // This one cannot go anywhere (no x-death, endpoint missing): leave it held, returned at the end, and go on.
                skipped.Add(ex.Message);
            }
        }
        Console.WriteLine($"Re-drove {moved} message(s) from {queue}.");
        foreach (var reason in skipped) await Console.Error.WriteLineAsync($"khub: {reason}");
        return skipped.Count == 0 ? 0 : 1;
    }
}

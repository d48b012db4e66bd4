namespace KommunHubben.Cli;

/// <summary>
/// <c>khub dead-letters inspect &lt;queue&gt; [--max N]</c>: shows the first N messages without removing them.
/// All N are taken (basic.get, no ack) before any is returned, so none is shown twice; they are then returned one by
/// one in the order taken, so the queue keeps its order (a quorum queue puts returned messages back at its head; a
/// classic queue puts them back in their places). A quorum queue counts each return as a delivery (x-delivery-count).
/// </summary>
public static class InspectDeadLettersCommand
{
    public const int DefaultMax = 20;

    public static async Task<int> RunAsync(string queue, IReadOnlyList<string> rest)
    {
        DeadLetterQueue.Validate(queue);
        var options = CommandOptions.Parse(rest, ["--max"], []);
        var max = options.PositiveInt("--max", DefaultMax);

        await using var broker = await BrokerConnection.OpenAsync("inspect");
        await using var dead = await DeadLetterQueue.OpenAsync(broker, queue);
        if (dead.CountAtStart == 0)
        {
            Console.WriteLine($"{queue} is empty.");
            return 0;
        }
        var taken = new List<DeadLetter>();
        while (taken.Count < Math.Min(max, dead.CountAtStart) && await dead.TakeAsync() is { } message)
            taken.Add(message);
        Console.WriteLine($"{queue}: {dead.CountAtStart} message(s), showing {taken.Count} (read without removing)");
        for (var i = 0; i < taken.Count; i++) taken[i].WriteTo(Console.Out, i + 1);
        await dead.ReturnHeldAsync();
        Console.WriteLine($"Returned {taken.Count} message(s) to {queue} in their order; nothing was removed.");
        // The hub's _error queues are quorum queues with the endpoints' delivery limit: every read counts.
        Console.WriteLine("Note: a quorum queue counts each read as a delivery; at the delivery limit (Hub:Messaging:DeliveryLimit, " +
            "default 20) the broker moves the message on to khub-dead-letters, from where it can be re-driven too.");
        return 0;
    }
}

using KommunHubben.Operations.DeadLetters;

namespace KommunHubben.Cli;

/// <summary>
/// <c>khub dead-letters inspect &lt;queue&gt; [--max N]</c>: shows the first N messages without removing them, in queue
/// order (see <see cref="DeadLetterDesk.InspectAsync"/>). A quorum queue counts each return as a delivery.
/// </summary>
public static class InspectDeadLettersCommand
{
    public static async Task<int> RunAsync(string queue, IReadOnlyList<string> rest)
    {
        DeadLetterQueue.Validate(queue);
        var options = CommandOptions.Parse(rest, ["--max"], []);
        var max = options.PositiveInt("--max", DeadLetterDesk.DefaultInspectMax);

        var inspection = await BrokerSettings.Desk("inspect").InspectAsync(queue, max);
        if (inspection.Count == 0)
        {
            Console.WriteLine($"{queue} is empty.");
            return 0;
        }
        Console.WriteLine($"{queue}: {inspection.Count} message(s), showing {inspection.Messages.Count} (read without removing)");
        for (var i = 0; i < inspection.Messages.Count; i++) inspection.Messages[i].WriteTo(Console.Out, i + 1);
        Console.WriteLine($"Returned {inspection.Messages.Count} message(s) to {queue} in their order; nothing was removed.");
        // The _error queues and khub-dead-letters are quorum queues without a delivery limit: reading never moves a message.
        Console.WriteLine("Note: reading a message here leaves it where it is, however often it is read.");
        return 0;
    }
}

using KommunHubben.Messaging.Bus;

namespace KommunHubben.Cli;

/// <summary><c>khub dead-letters list</c>: every endpoint's <c>_error</c> queue and <c>khub-dead-letters</c> with its message count.</summary>
public static class ListDeadLettersCommand
{
    public static async Task<int> RunAsync()
    {
        await using var broker = await BrokerConnection.OpenAsync("list");
        Console.WriteLine($"Dead letters in virtual host '{broker.Options.VirtualHost}' on {broker.Options.Host}:{broker.Options.Port}");
        Console.WriteLine($"{"queue",-32} {"messages",8}");
        foreach (var queue in KnownEndpoints.DeadLetterQueues)
        {
            var count = await broker.MessageCountAsync(queue);
            Console.WriteLine($"{queue,-32} {(count is { } n ? n.ToString() : "-"),8}{(count is null ? "  (not declared yet)" : "")}");
        }
        return 0;
    }
}

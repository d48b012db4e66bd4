namespace KommunHubben.Cli;

/// <summary><c>khub dead-letters list</c>: every endpoint's <c>_error</c> queue and <c>khub-dead-letters</c> with its message count.</summary>
public static class ListDeadLettersCommand
{
    public static async Task<int> RunAsync()
    {
        var desk = BrokerSettings.Desk("list");
        var counts = await desk.ListAsync();
        Console.WriteLine($"Dead letters in virtual host '{desk.Options.VirtualHost}' on {desk.Options.Host}:{desk.Options.Port}");
        Console.WriteLine($"{"queue",-32} {"messages",8}");
        foreach (var (queue, count) in counts)
            Console.WriteLine($"{queue,-32} {(count is { } n ? n.ToString() : "-"),8}{(count is null ? "  (not declared yet)" : "")}");
        return 0;
    }
}

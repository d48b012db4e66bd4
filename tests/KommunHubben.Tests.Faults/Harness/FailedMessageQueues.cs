using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Faults.Harness;

/// <summary>The queues where failed messages wait for an administrator (each endpoint's _error, khub-dead-letters).
/// Counted with a passive declare: rabbitmqctl's counts of quorum queues lag by seconds.</summary>
public static class FailedMessageQueues
{
    /// <summary>"queue: count" for each such queue of the vhost that holds messages.</summary>
    public static async Task<List<string>> WaitingAsync(string virtualHost)
    {
        var listing = await TestVirtualHost.RabbitMqCtlAsync("list_queues", "-p", virtualHost, "--quiet", "--no-table-headers", "name");
        var waiting = new List<string>();
        foreach (var queue in listing.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                     .Where(q => q.EndsWith("_error", StringComparison.Ordinal) || q == "khub-dead-letters"))
            if (await CountAsync(virtualHost, queue) is var n and > 0) waiting.Add($"{queue}: {n}");
        return waiting;
    }

    public static async Task<uint> CountAsync(string virtualHost, string queue)
    {
        await using var connection = await RabbitConnections.OpenAsync(virtualHost, "fault-queue-count");
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0; // not declared (yet): MassTransit creates an error queue on the first fault
        }
    }
}

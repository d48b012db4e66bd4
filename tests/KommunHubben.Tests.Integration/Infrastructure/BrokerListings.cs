namespace KommunHubben.Tests.Integration.Infrastructure;

/// <summary>What <c>rabbitmqctl</c> lists about one test virtual host: a queue's counts, a process's connections.</summary>
public static class BrokerListings
{
    /// <summary>One count of a queue: <c>messages</c> (ready and unacknowledged), <c>messages_ready</c>, ….</summary>
    public static async Task<int> QueueCountAsync(string virtualHost, string queue, string count)
    {
        var listing = await TestVirtualHost.RabbitMqCtlAsync("list_queues", "-p", virtualHost, "--quiet", "--no-table-headers", "name", count);
        return listing.Split('\n').Select(l => l.Split('\t')).Where(c => c.Length == 2 && c[0] == queue).Select(c => int.Parse(c[1])).Single();
    }

    /// <summary>
    /// One column (<c>pid</c>, <c>state</c>, …) of every connection to <paramref name="virtualHost"/> that process
    /// <paramref name="processId"/> opened (MassTransit sends its process id among the client properties).
    /// </summary>
    public static async Task<List<string>> ConnectionsOfAsync(string virtualHost, int processId, string column)
    {
        var listing = await TestVirtualHost.RabbitMqCtlAsync("list_connections", "--quiet", "--no-table-headers", "vhost", column, "client_properties");
        var process = $"{{\"process_id\",\"{processId}\"}}";
        return listing.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .Where(columns => columns.Length >= 3 && columns[0] == virtualHost && columns[2].Contains(process, StringComparison.Ordinal))
            .Select(columns => columns[1].Trim())
            .ToList();
    }
}

using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Faults.Harness;

/// <summary>The queues where failed messages wait for an administrator (each endpoint's _error, khub-dead-letters).</summary>
public static class FailedMessageQueues
{
    /// <summary>"queue: count" for each such queue of the vhost that holds messages.</summary>
    public static async Task<List<string>> WaitingAsync(string virtualHost)
    {
        var listing = await TestVirtualHost.RabbitMqCtlAsync("list_queues", "-p", virtualHost, "--quiet", "--no-table-headers", "name", "messages");
        return listing.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split('\t'))
            .Where(f => f.Length == 2 && (f[0].EndsWith("_error", StringComparison.Ordinal) || f[0] == "khub-dead-letters") && f[1].Trim() != "0")
            .Select(f => $"{f[0]}: {f[1].Trim()}")
            .ToList();
    }

    public static async Task<int> CountAsync(string virtualHost, string queue)
    {
        var listing = await TestVirtualHost.RabbitMqCtlAsync("list_queues", "-p", virtualHost, "--quiet", "--no-table-headers", "name", "messages");
        var line = listing.Split('\n').Select(l => l.Split('\t')).FirstOrDefault(f => f.Length == 2 && f[0] == queue);
        return line is null ? 0 : int.Parse(line[1].Trim());
    }
}

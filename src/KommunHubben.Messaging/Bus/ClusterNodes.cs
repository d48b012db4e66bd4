namespace KommunHubben.Messaging.Bus;

/// <summary>Reads one entry of <c>Hub:Messaging:RabbitMq:Hosts</c>: <c>host</c> or <c>host:port</c> (AMQP default 5672).</summary>
public static class ClusterNodes
{
    public static (string Host, ushort Port) Parse(string node)
    {
        var colon = node.LastIndexOf(':');
        if (colon < 0) return (node, 5672);
        if (!ushort.TryParse(node[(colon + 1)..], out var port) || port == 0)
            throw new InvalidOperationException(
                $"{TransportOptions.Section}:RabbitMq:Hosts entry '{node}' must be host or host:port with a port from 1 to 65535.");
        return (node[..colon], port);
    }
}

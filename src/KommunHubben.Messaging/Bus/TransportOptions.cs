namespace KommunHubben.Messaging.Bus;

/// <summary>Configuration section <c>Hub:Messaging</c>.</summary>
public sealed class TransportOptions
{
    public const string Section = "Hub:Messaging";

    /// <summary><c>InMemory</c> (embedded default, one process) or <c>RabbitMq</c> (production).</summary>
    public TransportKind Transport { get; set; } = TransportKind.InMemory;

    public RabbitMqOptions RabbitMq { get; set; } = new();

    /// <summary>How many messages one worker instance handles at once per endpoint.</summary>
    public int ConcurrentMessageLimit { get; set; } = 8;

    /// <summary>Broker-side backstop against crash loops: a message redelivered this many times is dead-lettered.</summary>
    public int DeliveryLimit { get; set; } = 20;

    /// <summary>How the workflow endpoints (<see cref="KnownEndpoints.Batched"/>) collect messages into batches.</summary>
    public BatchSettings Batch { get; set; } = new();
}

/// <summary>Configuration section <c>Hub:Messaging:Batch</c>: a workflow handler, when free, takes every message waiting
/// for it, up to <see cref="MessageLimit"/>, into one transaction.</summary>
public sealed class BatchSettings
{
    public int MessageLimit { get; set; } = 50;

    /// <summary>Batches of one message type handled at once by one worker.</summary>
    public int ConcurrencyLimit { get; set; } = 2;

    /// <summary>Routing batches handled at once by one worker: one, since routing decides one batch at a time anyway
    /// (the routing lock); a second would only wait for it holding a connection.</summary>
    public int RoutingConcurrencyLimit { get; set; } = 1;

    /// <summary>
    /// Messages a batched endpoint holds at once: the batches it runs, full, and as many again waiting, so that the next
    /// batches are full when those finish. (The workflow endpoint's limit is shared by the types it takes.)
    /// </summary>
    public int EndpointMessageLimit(string endpoint) => 2 * MessageLimit * ConcurrencyLimitOf(endpoint);

    /// <summary>Batches of one type a worker runs at once on <paramref name="endpoint"/>.</summary>
    public int ConcurrencyLimitOf(string endpoint) => endpoint == KnownEndpoints.RouteCase ? RoutingConcurrencyLimit : ConcurrencyLimit;
}

public enum TransportKind
{
    InMemory,
    RabbitMq,
}

public sealed class RabbitMqOptions
{
    public string Host { get; set; } = "127.0.0.1";
    public ushort Port { get; set; } = 5672;

    /// <summary>
    /// Every node of a RabbitMQ cluster as <c>host:port</c> (<c>Hub:Messaging:RabbitMq:Hosts:0</c>, <c>:1</c> …). When set,
    /// the hub connects to the first node that answers and fails over to the others when its node goes away;
    /// <see cref="Host"/>/<see cref="Port"/> are then ignored. Empty: one broker at Host:Port.
    /// </summary>
    public List<string> Hosts { get; set; } = [];
    public string VirtualHost { get; set; } = "kommunhubben";
    public string Username { get; set; } = "";
    public string Password { get; set; } = "";

    /// <summary>Connect over TLS (TLS 1.2 or 1.3, the broker's certificate verified against the system's trust store).
    /// Production sets it, with <see cref="Port"/> 5671; see ops/rabbitmq/rabbitmq.conf.example.</summary>
    public bool UseTls { get; set; }

    /// <summary>The name the broker's certificate must carry; empty means <see cref="Host"/>.</summary>
    public string ServerName { get; set; } = "";

    /// <summary>Optional client certificate (PKCS#12) for brokers that require one (<c>fail_if_no_peer_cert</c>).</summary>
    public string ClientCertificatePath { get; set; } = "";

    public string ClientCertificatePassphrase { get; set; } = "";

    /// <summary>
    /// The broker user the administrators' web page reads, re-drives and discards failed messages as (the
    /// <c>khub-admin</c> user of ops/rabbitmq/definitions.json). The API's own user may not read any queue, so without
    /// it the page says the desk is not configured rather than failing on every click.
    /// </summary>
    public string DeadLetterUsername { get; set; } = "";

    public string DeadLetterPassword { get; set; } = "";

    /// <summary>The same broker with <see cref="DeadLetterUsername"/>'s credentials instead of the host's own.</summary>
    public RabbitMqOptions AsDeadLetterDesk()
    {
        var copy = (RabbitMqOptions)MemberwiseClone();
        copy.Hosts = [.. Hosts];
        copy.Username = DeadLetterUsername;
        copy.Password = DeadLetterPassword;
        return copy;
    }

    /// <summary>The name to verify the broker's certificate against.</summary>
    public string TlsServerName => string.IsNullOrWhiteSpace(ServerName) ? Host : ServerName;
}

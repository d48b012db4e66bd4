using System.Diagnostics.Metrics;
using System.Security.Authentication;
using KommunHubben.Messaging.Bus;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace KommunHubben.Hosting.Telemetry;

/// <summary>
/// Messages waiting in every <c>khub-*</c> queue, on the meter <c>KommunHubben.Queues</c>: the observable gauges
/// <c>khub.queue.messages</c> and <c>khub.queue.consumers</c>, tagged <c>queue</c> and <c>kind</c> (<c>input</c>,
/// <c>error</c> for an endpoint's <c>_error</c> queue, <c>dead_letter</c> for <c>khub-dead-letters</c>). Read every
/// <see cref="MetricsOptions.QueueDepthInterval"/> by passive declares — no management plugin, and no permission beyond
/// the virtual host, so the API's and the gateway's least-privilege users can ask too. A queue not declared yet (an
/// error queue nothing has failed into) counts 0. Every host reports the same figures; dashboards take the max per queue.
/// </summary>
public sealed class QueueDepthMetrics : BackgroundService
{
    public const string MeterName = "KommunHubben.Queues";

    private readonly IOptions<TransportOptions> _transport;
    private readonly IOptions<TelemetryOptions> _telemetry;
    private readonly ILogger<QueueDepthMetrics> _log;
    private readonly Meter _meter = new(MeterName);
    private readonly IReadOnlyList<(string Queue, string Kind)> _queues;
    private volatile IReadOnlyDictionary<string, (uint Messages, uint Consumers)> _last = new Dictionary<string, (uint, uint)>();
    private IConnection? _connection;

    public QueueDepthMetrics(IOptions<TransportOptions> transport, IOptions<TelemetryOptions> telemetry, ILogger<QueueDepthMetrics> log)
    {
        _transport = transport;
        _telemetry = telemetry;
        _log = log;
        _queues = [.. KnownEndpoints.All.Select(q => (q, "input")),
                   .. KnownEndpoints.All.Select(q => (KnownEndpoints.ErrorQueue(q), "error")),
                   (EndpointConventions.DeadLetters, "dead_letter")];
        _meter.CreateObservableGauge("khub.queue.messages", () => Measure(d => d.Messages), unit: "{message}",
            description: "Messages ready in the queue (kind: input, error, dead_letter).");
        _meter.CreateObservableGauge("khub.queue.consumers", () => Measure(d => d.Consumers), unit: "{consumer}",
            description: "Consumers attached to the queue.");
    }

    private IEnumerable<Measurement<long>> Measure(Func<(uint Messages, uint Consumers), uint> pick)
    {
        var last = _last;
        foreach (var (queue, kind) in _queues)
            if (last.TryGetValue(queue, out var depth))
                yield return new Measurement<long>(pick(depth), new KeyValuePair<string, object?>("queue", queue), new KeyValuePair<string, object?>("kind", kind));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = _telemetry.Value.Metrics.QueueDepthInterval;
        if (interval <= TimeSpan.Zero) return;
        var failing = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                _last = await ReadAsync(stoppingToken);
                failing = false;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The broker's own health check reports an outage; one line here, not one per interval.
                if (!failing) _log.LogWarning("Queue depths could not be read from RabbitMQ: {Reason}", ex.Message);
                failing = true;
                await DropConnectionAsync();
            }
            try { await Task.Delay(interval, stoppingToken); } catch (OperationCanceledException) { }
        }
    }

    private async Task<IReadOnlyDictionary<string, (uint, uint)>> ReadAsync(CancellationToken ct)
    {
        _connection ??= await ConnectAsync(ct);
        var depths = new Dictionary<string, (uint, uint)>();
        foreach (var (queue, _) in _queues)
        {
            // A failed passive declare (404: not declared yet) closes its channel, so each queue gets its own.
            await using var channel = await _connection.CreateChannelAsync(cancellationToken: ct);
            try
            {
                var ok = await channel.QueueDeclarePassiveAsync(queue, ct);
                depths[queue] = (ok.MessageCount, ok.ConsumerCount);
            }
            catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404)
            {
                depths[queue] = (0, 0);
            }
        }
        return depths;
    }

    /// <summary>The hosts' own broker settings: every cluster node, TLS as configured.</summary>
    private async Task<IConnection> ConnectAsync(CancellationToken ct)
    {
        var r = _transport.Value.RabbitMq;
        var ssl = new SslOption
        {
            Enabled = r.UseTls,
            ServerName = r.TlsServerName,
            Version = SslProtocols.Tls12 | SslProtocols.Tls13,
            CertPath = r.ClientCertificatePath,
            CertPassphrase = r.ClientCertificatePassphrase,
        };
        var nodes = r.Hosts.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => ClusterNodes.Parse(n.Trim())).ToList();
        if (nodes.Count == 0) nodes.Add((r.Host, r.Port));
        var factory = new ConnectionFactory
        {
            VirtualHost = r.VirtualHost, UserName = r.Username, Password = r.Password,
            ClientProvidedName = "queue-depth-metrics", AutomaticRecoveryEnabled = false, TopologyRecoveryEnabled = false,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(10),
        };
        return await factory.CreateConnectionAsync(nodes.Select(n => new AmqpTcpEndpoint(n.Host, n.Port, ssl)).ToList(), ct);
    }

    private async Task DropConnectionAsync()
    {
        var connection = _connection;
        _connection = null;
        if (connection is null) return;
        try { await connection.CloseAsync(); } catch (Exception) { /* already gone */ }
        connection.Dispose();
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await DropConnectionAsync();
    }

    public override void Dispose()
    {
        _meter.Dispose();
        base.Dispose();
    }
}

using KommunHubben.Messaging.Bus;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace KommunHubben.Gateway.Health;

/// <summary>
/// Messages waiting in the gateway's queue (a passive declare: cheap, no management plugin), cached for a few
/// seconds. Null on the in-memory transport or when the broker cannot be asked.
/// </summary>
public sealed class GatewayQueueDepth(IOptions<TransportOptions> transport, TimeProvider clock) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnection? _connection;
    private (DateTimeOffset At, long? Depth) _last;

    public async Task<long?> ReadAsync(CancellationToken ct)
    {
        var t = transport.Value;
        if (t.Transport != TransportKind.RabbitMq) return null;
        await _gate.WaitAsync(ct);
        try
        {
            if (clock.GetUtcNow() - _last.At < TimeSpan.FromSeconds(2)) return _last.Depth;
            _connection ??= await new ConnectionFactory
            {
                HostName = t.RabbitMq.Host, Port = t.RabbitMq.Port, VirtualHost = t.RabbitMq.VirtualHost,
                UserName = t.RabbitMq.Username, Password = t.RabbitMq.Password, ClientProvidedName = "af-gateway-queue-depth",
            }.CreateConnectionAsync(ct);
            await using var channel = await _connection.CreateChannelAsync(cancellationToken: ct);
            var ok = await channel.QueueDeclarePassiveAsync(KnownEndpoints.AfGateway, ct);
            _last = (clock.GetUtcNow(), ok.MessageCount);
            return ok.MessageCount;
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            _connection = null;
            return null;
        }
        finally { _gate.Release(); }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
    }
}

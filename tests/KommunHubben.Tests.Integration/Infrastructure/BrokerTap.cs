using System.Collections.Concurrent;
using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace KommunHubben.Tests.Integration.Infrastructure;

/// <summary>
/// Listens to what crosses the broker: a private queue bound to the message-type exchanges of the hub's contracts,
/// keeping every body it sees, so a test can check that no personal data travels in messages.
/// </summary>
public sealed class BrokerTap : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    public ConcurrentBag<string> Bodies { get; } = [];

    private BrokerTap(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    /// <summary>A tap on the exchange of every message contract the hub has.</summary>
    public static Task<BrokerTap> StartOnAllContractsAsync(string virtualHost) =>
        StartAsync(virtualHost, typeof(KommunHubben.Contracts.CaseSubmitted).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(KommunHubben.Contracts.CaseSubmitted).Namespace));

    public static async Task<BrokerTap> StartAsync(string virtualHost, IEnumerable<Type> contracts)
    {
        var connection = await RabbitConnections.OpenAsync(virtualHost, "broker-tap");
        var channel = await connection.CreateChannelAsync();
        var queue = (await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true)).QueueName;
        foreach (var type in contracts)
        {
            // MassTransit's exchange name for a message type: "Namespace:TypeName", fanout, durable.
            var exchange = $"{type.Namespace}:{type.Name}";
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
            await channel.QueueBindAsync(queue, exchange, "");
        }
        var tap = new BrokerTap(connection, channel);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            tap.Bodies.Add(Encoding.UTF8.GetString(delivery.Body.Span));
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue, autoAck: true, consumer);
        return tap;
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.CloseAsync();
        await _connection.CloseAsync();
    }
}

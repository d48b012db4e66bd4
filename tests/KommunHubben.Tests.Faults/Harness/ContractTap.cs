using System.Text.Json;
using KommunHubben.Contracts;
using KommunHubben.Tests.Integration.Infrastructure;
using RabbitMQ.Client;

namespace KommunHubben.Tests.Faults.Harness;

/// <summary>
/// Records what crossed the broker: a durable quorum queue bound to the exchange of every message contract, declared
/// before the hub starts. Unlike <see cref="BrokerTap"/> it holds no connection while the scenario runs, so it
/// survives the broker being stopped; the reconciler drains it at the end.
/// </summary>
public sealed class ContractTap : IAsyncDisposable
{
    public const string Queue = "fault-suite-tap";
    private readonly string _virtualHost;

    private ContractTap(string virtualHost) => _virtualHost = virtualHost;

    /// <summary>One message seen on the broker: its id, contract name and the case it is about.</summary>
    public sealed record Seen(Guid MessageId, string Type, Guid CaseId);

    public static async Task<ContractTap> StartAsync(string virtualHost)
    {
        await using var connection = await RabbitConnections.OpenAsync(virtualHost, "fault-tap-setup");
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" });
        foreach (var type in ContractTypesInUse)
        {
            // MassTransit's exchange for a message type: "Namespace:TypeName", fanout, durable — declared the same way.
            var exchange = $"{type.Namespace}:{type.Name}";
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
            await channel.QueueBindAsync(Queue, exchange, "");
        }
        return new ContractTap(virtualHost);
    }

    public static IEnumerable<Type> ContractTypesInUse =>
        typeof(CaseSubmitted).Assembly.GetExportedTypes().Where(t => t.Namespace == typeof(CaseSubmitted).Namespace && t.IsClass);

    /// <summary>Takes every message the tap holds (each only once: they are acknowledged as read).</summary>
    public async Task<List<Seen>> DrainAsync()
    {
        var seen = new List<Seen>();
        await using var connection = await RabbitConnections.OpenAsync(_virtualHost, "fault-tap-drain");
        await using var channel = await connection.CreateChannelAsync();
        while (await channel.BasicGetAsync(Queue, autoAck: true) is { } message)
        {
            using var envelope = JsonDocument.Parse(message.Body);
            var root = envelope.RootElement;
            var type = root.GetProperty("messageType")[0].GetString()!.Split(':').Last();
            var caseId = root.GetProperty("message").TryGetProperty("caseId", out var id) ? id.GetGuid() : Guid.Empty;
            seen.Add(new Seen(Guid.Parse(root.GetProperty("messageId").GetString()!), type, caseId));
        }
        return seen;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

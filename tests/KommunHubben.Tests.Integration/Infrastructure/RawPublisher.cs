using System.Text;
using System.Text.Json;
using RabbitMQ.Client;

namespace KommunHubben.Tests.Integration.Infrastructure;

/// <summary>
/// Publishes a message the way MassTransit does (its JSON envelope on the message type's exchange) with a message id
/// the test chooses — to deliver the very same message more than once.
/// </summary>
public static class RawPublisher
{
    public static async Task PublishAsync(string virtualHost, Guid messageId, object message, int copies)
    {
        var type = message.GetType();
        var exchange = $"{type.Namespace}:{type.Name}";
        var envelope = new
        {
            messageId,
            conversationId = Guid.NewGuid(),
            messageType = new[] { $"urn:message:{type.Namespace}:{type.Name}" },
            message,
            sentTime = DateTime.UtcNow,
            headers = new Dictionary<string, object>(),
        };
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(envelope, new JsonSerializerOptions(JsonSerializerDefaults.Web)));

        await using var connection = await RabbitConnections.OpenAsync(virtualHost, "raw-publisher");
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        var properties = new BasicProperties
        {
            MessageId = messageId.ToString(),
            ContentType = "application/vnd.masstransit+json",
            DeliveryMode = DeliveryModes.Persistent,
        };
        for (var i = 0; i < copies; i++)
            await channel.BasicPublishAsync(exchange, "", mandatory: false, properties, body);
    }
}

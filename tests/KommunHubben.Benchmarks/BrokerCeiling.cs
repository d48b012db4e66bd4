using System.Diagnostics;
using KommunHubben.Tests.Integration.Infrastructure;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace KommunHubben.Benchmarks;

/// <summary>
/// Baseline 1: what the broker itself does on this machine. Raw RabbitMQ.Client, persistent 1 KB messages, publisher
/// confirms awaited in batches, one quorum queue, one publisher and one consumer; timed from the first publish to the
/// last message consumed.
/// </summary>
public static class BrokerCeiling
{
    public static async Task<double> MeasureAsync(string vhost, int messages)
    {
        var factory = new ConnectionFactory
        {
            HostName = TestServices.RabbitHost, Port = TestServices.RabbitPort, VirtualHost = vhost,
            UserName = TestServices.RabbitUser, Password = TestServices.RabbitPassword,
        };
        await using var publisherConnection = await factory.CreateConnectionAsync("bench-raw-publisher");
        await using var consumerConnection = await factory.CreateConnectionAsync("bench-raw-consumer");
        await using var publisher = await publisherConnection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        await using var consumer = await consumerConnection.CreateChannelAsync();
        const string queue = "bench-raw";
        await publisher.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" });
        await consumer.BasicQosAsync(0, 500, false);

        var received = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new AsyncEventingBasicConsumer(consumer);
        handler.ReceivedAsync += async (_, delivery) =>
        {
            await consumer.BasicAckAsync(delivery.DeliveryTag, false);
            if (Interlocked.Increment(ref received) == messages) done.TrySetResult();
        };
        await consumer.BasicConsumeAsync(queue, autoAck: false, handler);

        var body = new byte[1024];
        Random.Shared.NextBytes(body);
        var properties = new BasicProperties { Persistent = true };
        var clock = Stopwatch.StartNew();
        var batch = new List<ValueTask>(200);
        for (var i = 0; i < messages; i++)
        {
            batch.Add(publisher.BasicPublishAsync("", queue, true, properties, body));
            if (batch.Count == 200 || i == messages - 1)
            {
                foreach (var confirm in batch) await confirm;
                batch.Clear();
            }
        }
        await done.Task.WaitAsync(TimeSpan.FromMinutes(5));
        var rate = messages / clock.Elapsed.TotalSeconds;
        await publisher.QueueDeleteAsync(queue);
        return rate;
    }
}

using System.Diagnostics;
using KommunHubben.Tests.Integration.Infrastructure;
using MassTransit;

namespace KommunHubben.Benchmarks;

/// <summary>A 1 KB message for the bare MassTransit baseline.</summary>
public sealed record BenchPing(int Sequence, string Payload);

/// <summary>
/// Baseline 2: MassTransit with nothing of the hub. One consumer that does nothing, on a quorum queue with the hub's
/// endpoint settings (8 concurrent messages, prefetch 16), persistent messages, publisher confirms (the default), 100
/// publishes in flight; timed from the first publish to the last message consumed, after a warm-up round (the hub is
/// timed warm too: the JIT is not what either figure is about).
/// </summary>
public static class BareMassTransit
{
    public static async Task<double> MeasureAsync(string vhost, int messages)
    {
        var counter = new Counter();
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(TestServices.RabbitHost, TestServices.RabbitPort, vhost, h =>
            {
                h.Username(TestServices.RabbitUser);
                h.Password(TestServices.RabbitPassword);
            });
            cfg.ReceiveEndpoint("bench-mt", e =>
            {
                e.SetQuorumQueue();
                e.PrefetchCount = 16;
                e.ConcurrentMessageLimit = 8;
                e.Consumer(() => new NothingConsumer(counter));
            });
        });
        await bus.StartAsync();
        try
        {
            await RoundAsync(bus, counter, Math.Min(messages, 5_000));
            var clock = Stopwatch.StartNew();
            await RoundAsync(bus, counter, messages);
            return messages / clock.Elapsed.TotalSeconds;
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    private static async Task RoundAsync(IBus bus, Counter counter, int messages)
    {
        var payload = new string('x', 1000);
        var done = counter.Expect(messages);
        var inFlight = new List<Task>(100);
        for (var i = 0; i < messages; i++)
        {
            inFlight.Add(bus.Publish(new BenchPing(i, payload)));
            if (inFlight.Count == 100) { await Task.WhenAll(inFlight); inFlight.Clear(); }
        }
        await Task.WhenAll(inFlight);
        await done.WaitAsync(TimeSpan.FromMinutes(5));
    }

    private sealed class Counter
    {
        private int _seen, _target;
        private TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Expect(int messages)
        {
            _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref _seen, 0);
            Volatile.Write(ref _target, messages);
            return _done.Task;
        }

        public void Seen() { if (Interlocked.Increment(ref _seen) == Volatile.Read(ref _target)) _done.TrySetResult(); }
    }

    private sealed class NothingConsumer(Counter counter) : IConsumer<BenchPing>
    {
        public Task Consume(ConsumeContext<BenchPing> context)
        {
            counter.Seen();
            return Task.CompletedTask;
        }
    }
}

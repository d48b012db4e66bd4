using System.Threading.Channels;
using KommunHubben.Messaging.Bus;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KommunHubben.Workflow.Events;

/// <summary>
/// Forms the batches of one handler: when the handler is free it takes every message waiting for it, up to
/// <see cref="BatchSettings.MessageLimit"/>, and runs them in one transaction (<see cref="WorkflowBatch"/>). A message
/// that arrives while the handler is idle is handled at once, alone; under load the batches grow by themselves with
/// what arrived while the previous one ran.
/// Why not MassTransit's <c>Batch&lt;T&gt;</c>: it closes a batch by a timer from its first message, also while the
/// batch before it still runs, and a batch that closed small stays small while it waits its turn. At 200 cases a
/// second the routing batches were then 8–15 messages each, each paying its transaction's fixed round trips, and the
/// queue grew for as long as the load lasted; and a lone message always waited out the timer (25 ms).
/// </summary>
public sealed class WorkflowQueue<THandler, T>(IServiceScopeFactory scopes, IOptions<TransportOptions> transport, ILogger<WorkflowQueue<THandler, T>> log)
    where THandler : class, IWorkflowHandler<T>
    where T : class
{
    private sealed record Waiting(QueuedMessage<T> Message, TaskCompletionSource Done);

    private static readonly string Name = WorkflowHandlerName.Of(typeof(THandler));
    private readonly Channel<Waiting> _waiting = Channel.CreateUnbounded<Waiting>();
    private int _started;

    /// <summary>Completes when the message's effects are committed; fails with what failed the message for good.</summary>
    public Task HandleAsync(ConsumeContext<T> message)
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
            for (var i = 0; i < transport.Value.Batch.ConcurrencyLimitOf(WorkflowEvents.EndpointOf(typeof(THandler))); i++)
                _ = Task.Run(HandleBatchesAsync);
        var id = message.MessageId ?? throw new InvalidOperationException("A message without a message id cannot be de-duplicated.");
        var queued = new QueuedMessage<T>(id, message.Message, message.CancellationToken);
        var waiting = new Waiting(queued, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        _waiting.Writer.TryWrite(waiting);
        // A consumer stopped with its endpoint leaves the message unacknowledged (it is delivered again); a batch that
        // commits it meanwhile is recognised by the inbox then.
        return waiting.Done.Task.WaitAsync(queued.Abandoned);
    }

    /// <summary>
    /// Runs for the life of the process. A batch is not cancelled when the host stops: MassTransit stops taking messages
    /// and waits for the consumers in flight, whose batches then finish as usual; a consumer it gives up on leaves its
    /// message unacknowledged, and a message whose consumer is gone is not taken into a batch.
    /// Nothing may end this loop: it ending is this handler stopping for good while the process looks healthy.
    /// </summary>
    private async Task HandleBatchesAsync()
    {
        var limit = transport.Value.Batch.MessageLimit;
        while (await _waiting.Reader.WaitToReadAsync())
        {
            var batch = new List<Waiting>(limit);
            try
            {
                while (batch.Count < limit && _waiting.Reader.TryRead(out var next))
                    if (!next.Message.Abandoned.IsCancellationRequested) batch.Add(next);
                if (batch.Count > 0) await RunBatchAsync(batch);
            }
            catch (Exception error)
            {
                log.LogError(error, "The {Handler} queue failed outside a batch; its {Count} messages are failed and the queue goes on", Name, batch.Count);
                foreach (var open in batch) open.Done.TrySetException(error);
            }
        }
    }

    private async Task RunBatchAsync(List<Waiting> batch)
    {
        var done = batch.ToDictionary(w => w.Message, w => w.Done);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetRequiredService<THandler>();
            var runner = scope.ServiceProvider.GetRequiredService<WorkflowBatch>();
            await runner.RunAsync(batch.Select(w => w.Message).ToList(), Name, handler.ApplyAsync,
                (message, error) =>
                {
                    if (error is null) done[message].TrySetResult();
                    else done[message].TrySetException(error);
                }, CancellationToken.None);
        }
        catch (Exception error)
        {
            // The scope could not be made, or the runner failed outside a transaction: none of what is still open was kept.
            foreach (var open in done.Values) open.TrySetException(error);
        }
    }
}

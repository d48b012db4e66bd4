namespace KommunHubben.Messaging.Outbox;

/// <summary>
/// Wakes the outbox relay right after a commit in this process, so messages leave without waiting for the
/// next poll. Rows written by other processes are still found by the relay's polling.
/// </summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            try { _signal.Release(); }
            catch (SemaphoreFullException) { /* already signalled: one wake-up is enough */ }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}

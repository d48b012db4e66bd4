using KommunHubben.Persistence;

namespace KommunHubben.Workflow.Events;

/// <summary>
/// One transaction of a workflow handler, as its effects see it: the database inside the transaction, the time the
/// transaction started, and what is to happen only once it has committed (metrics — a rolled-back attempt that is
/// retried must not count twice). Effects that read the same thing for every message of a batch (the officers'
/// loads) keep it per step: read once per transaction, never carried into the next attempt.
/// </summary>
public sealed class WorkflowStep(HubDbContext db, DateTime now, CancellationToken ct)
{
    private readonly List<Action> _afterCommit = [];
    private readonly Dictionary<Type, object> _shared = [];

    public HubDbContext Db { get; } = db;
    public DateTime Now { get; } = now;
    public CancellationToken CancellationToken { get; } = ct;

    /// <summary>The id of the message whose effects run now (the reporting history is keyed by it).</summary>
    public Guid MessageId { get; internal set; }

    public void AfterCommit(Action action) => _afterCommit.Add(action);

    /// <summary>What one effect keeps for the rest of this transaction, created on first use.</summary>
    public async Task<T> SharedAsync<T>(Func<Task<T>> create) where T : class
    {
        if (_shared.TryGetValue(typeof(T), out var kept)) return (T)kept;
        var created = await create();
        _shared[typeof(T)] = created;
        return created;
    }

    internal void Committed()
    {
        foreach (var action in _afterCommit) action();
    }
}

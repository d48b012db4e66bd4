using KommunHubben.Domain.Cases;
using KommunHubben.Persistence;

namespace KommunHubben.Workflow.Events;

/// <summary>
/// One transaction of a workflow handler, as its effects see it: the database inside the transaction, the time the
/// transaction started, and what is to happen only once it has committed (metrics — a rolled-back attempt that is
/// retried must not count twice). Effects that read the same thing for every message of a batch (the officers'
/// loads, the cases) keep it per step: read once per transaction, never carried into the next attempt.
/// </summary>
public sealed class WorkflowStep(HubDbContext db, DateTime now, CancellationToken ct)
{
    private readonly List<Action> _afterCommit = [];
    private readonly Dictionary<Type, object> _shared = [];
    private Dictionary<Guid, CaseRecord>? _cases;
    private bool _casesLocked;

    public HubDbContext Db { get; } = db;
    public DateTime Now { get; } = now;
    public CancellationToken CancellationToken { get; } = ct;

    /// <summary>The id of the message whose effects run now (the reporting history is keyed by it).</summary>
    public Guid MessageId { get; internal set; }

    /// <summary>The messages this transaction handles (those claimed in the inbox), by id, for effects that prepare the
    /// whole batch at once.</summary>
    public IReadOnlyList<(Guid MessageId, object Message)> Messages { get; internal set; } = [];

    /// <summary>The cases this transaction's messages are about.</summary>
    public IReadOnlySet<Guid> CaseIds { get; internal set; } = new HashSet<Guid>();

    public void AfterCommit(Action action) => _afterCommit.Add(action);

    /// <summary>
    /// The case, tracked, as this transaction has left it; null when it does not exist. The first call reads every case
    /// of the batch and takes their row locks, in ascending id order, in one statement — the order every transaction
    /// takes them, so two batches about the same cases wait for each other instead of deadlocking.
    /// </summary>
    public async Task<CaseRecord?> CaseAsync(Guid caseId)
    {
        if (_cases is null)
        {
            _cases = (await Db.LockAndReadCasesAsync(CaseIds.ToList(), CancellationToken)).ToDictionary(c => c.Id);
            _casesLocked = true;
        }
        return _cases.TryGetValue(caseId, out var record) ? record : await Db.Cases.FindAsync([caseId], CancellationToken);
    }

    /// <summary>The row locks of the batch's cases until this transaction ends, in ascending id order, for an effect
    /// that needs the locks but not the rows (taken once, however many effects ask).</summary>
    public async Task LockCasesAsync()
    {
        if (_casesLocked) return;
        await Db.LockCasesAsync(CaseIds.ToList(), CancellationToken);
        _casesLocked = true;
    }

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

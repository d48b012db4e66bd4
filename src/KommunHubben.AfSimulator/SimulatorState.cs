using System.Collections.Concurrent;

namespace KommunHubben.AfSimulator;

/// <summary>
/// Everything the simulator remembers: AF's cases, the answers stored per Idempotency-Key, every request received,
/// and the faults in force. It outlives a stop/restart of the server, like a real AF's database would.
/// </summary>
public sealed class SimulatorState
{
    private readonly ConcurrentDictionary<string, SimulatedCase> _cases = new();
    private readonly ConcurrentDictionary<string, Lazy<StoredAnswer>> _answers = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly object _faultLock = new();
    private SimulatorFaults _faults = new();
    private int _nextReference;

    public SimulatorFaults Faults
    {
        get { lock (_faultLock) return _faults; }
        set { lock (_faultLock) _faults = value; }
    }

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();
    public IReadOnlyList<SimulatedCase> Cases => _cases.Values.OrderBy(c => c.AfReference, StringComparer.Ordinal).ToArray();

    public SimulatedCase? Case(string afReference) => _cases.GetValueOrDefault(afReference);

    public void Record(RecordedRequest request) => _requests.Enqueue(request);

    public void ClearRequests() => _requests.Clear();

    /// <summary>Whether this call should hang: the HangNext countdown first, then the rate.</summary>
    public bool TakeHang(Random random, bool changing)
    {
        lock (_faultLock)
        {
            if (changing && _faults.HangNext > 0)
            {
                _faults = _faults with { HangNext = _faults.HangNext - 1 };
                return true;
            }
            return random.NextDouble() < _faults.HangRate;
        }
    }

    /// <summary>
    /// The answer for an Idempotency-Key: made once by <paramref name="make"/>, then replayed for every repeat, even
    /// two arriving at the same moment. Returns whether this call made it.
    /// </summary>
    public (StoredAnswer Answer, bool Created) AnswerOnce(string scope, string key, Func<StoredAnswer> make)
    {
        var made = false;
        var lazy = _answers.GetOrAdd($"{scope}|{key}", _ => new Lazy<StoredAnswer>(() => { made = true; return make(); }));
        return (lazy.Value, made);
    }

    public SimulatedCase CreateCase(Guid hubCaseId, string caseType, string key, DateTimeOffset now)
    {
        var number = Interlocked.Increment(ref _nextReference);
        var created = new SimulatedCase
        {
            AfReference = $"AF-{now:yyyy}-{number:D6}", HubCaseId = hubCaseId, CaseType = caseType, IdempotencyKey = key, UpdatedAt = now,
        };
        _cases[created.AfReference] = created;
        return created;
    }
}

/// <summary>An answer kept for replay: status code and JSON body.</summary>
public sealed record StoredAnswer(int StatusCode, object Body);

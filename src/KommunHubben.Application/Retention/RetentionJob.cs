using KommunHubben.Persistence;
using Microsoft.Extensions.Options;

namespace KommunHubben.Application.Retention;

/// <summary>
/// One pass of the retention schedule: every rule, batch after batch, until none finds anything more. Safe to run in
/// several processes at once (the rules lock what they remove) and as often as wanted (what is gone is not found again).
/// </summary>
public sealed class RetentionJob(HubDbContext db, IEnumerable<IRetentionRule> rules, IOptions<RetentionOptions> options, TimeProvider clock)
{
    /// <returns>How many items each kind of data lost in this pass (kinds with none are left out).</returns>
    public async Task<IReadOnlyDictionary<string, int>> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var removed = new Dictionary<string, int>();
        foreach (var rule in rules)
        {
            int batch;
            while ((batch = await rule.RunBatchAsync(db, options.Value, now, ct)) > 0)
                removed[rule.Kind] = removed.GetValueOrDefault(rule.Kind) + batch;
            db.ChangeTracker.Clear();
        }
        return removed;
    }
}

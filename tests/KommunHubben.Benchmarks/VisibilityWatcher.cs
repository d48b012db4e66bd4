using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;

namespace KommunHubben.Benchmarks;

/// <summary>
/// Notes the moment each awaited case becomes visible, by asking PostgreSQL every few milliseconds about the cases
/// still awaited. <paramref name="sql"/> selects the visible ids among <c>@ids</c>. Its resolution is the poll interval
/// plus one query, a few ms, which the latency figures include.
/// </summary>
public sealed class VisibilityWatcher(string connectionString, string sql) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Guid, byte> _awaited = new();
    public ConcurrentDictionary<Guid, long> SeenAt { get; } = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public void Await(Guid id) => _awaited[id] = 0;

    public void Start() => _loop = Task.Run(LoopAsync);

    private async Task LoopAsync()
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        while (!_stop.IsCancellationRequested)
        {
            var ids = _awaited.Keys.ToArray();
            if (ids.Length > 0)
            {
                await using var cmd = new NpgsqlCommand(sql, conn);
                cmd.Parameters.AddWithValue("ids", ids);
                await using var reader = await cmd.ExecuteReaderAsync();
                var now = Stopwatch.GetTimestamp();
                while (await reader.ReadAsync())
                {
                    var id = reader.GetGuid(0);
                    if (_awaited.TryRemove(id, out _)) SeenAt[id] = now;
                }
            }
            try { await Task.Delay(3, _stop.Token); } catch (OperationCanceledException) { }
        }
    }

    public async Task WaitForAllAsync(int expected, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (SeenAt.Count < expected)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Only {SeenAt.Count} of {expected} became visible within {timeout}.");
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        if (_loop is not null) await _loop;
    }
}

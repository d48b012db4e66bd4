using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Benchmarks;

/// <summary>
/// What a case costs the servers: CPU of every PostgreSQL and RabbitMQ process (utime+stime from /proc, clock ticks of
/// 10 ms; backends that exit during the run are not counted), and the hub database's transactions and statements
/// (pg_stat_database; pg_stat_statements when the server has it loaded). ops/benchmark.sh runs private servers, so
/// their CPU is the hub's; against shared servers it includes everyone's work.
/// </summary>
public sealed class ServerCost
{
    private readonly double _postgresCpu = CpuOf("postgres");
    private readonly double _rabbitCpu = CpuOf("beam.smp");
    private long _transactions;
    private long? _statements;

    public static async Task<ServerCost> StartAsync(HubDeployment hub)
    {
        try
        {
            // ops/benchmark.sh loads the module (KHUB_PG_OPTIONS); the view exists once the extension is created.
            await hub.Database.ExecuteAsync("CREATE EXTENSION IF NOT EXISTS pg_stat_statements; SELECT pg_stat_statements_reset();");
        }
        catch (Npgsql.PostgresException)
        {
            // not loaded on this server: statements are not counted
        }
        var cost = new ServerCost();
        (cost._transactions, cost._statements) = await CountersAsync(hub);
        return cost;
    }

    public async Task<(double PostgresCpuS, double RabbitCpuS, long Transactions, long? Statements)> SinceStartAsync(HubDeployment hub)
    {
        var (transactions, statements) = await CountersAsync(hub);
        return (CpuOf("postgres") - _postgresCpu, CpuOf("beam.smp") - _rabbitCpu, transactions - _transactions,
            statements is null || _statements is null ? null : statements - _statements);
    }

    /// <summary>The statements that cost the database most over the run, per case: the profile of the database's share.</summary>
    public static async Task<System.Text.Json.Nodes.JsonArray?> TopStatementsAsync(HubDeployment hub, int cases)
    {
        try
        {
            var rows = await hub.Database.RowsAsync("""
                SELECT calls, total_exec_time, left(regexp_replace(query, '\s+', ' ', 'g'), 160) FROM pg_stat_statements
                WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                ORDER BY total_exec_time DESC LIMIT 15
                """);
            return [.. rows.Select(r => (System.Text.Json.Nodes.JsonNode)new System.Text.Json.Nodes.JsonObject
            {
                ["calls_per_case"] = Math.Round((long)r[0]! / (double)cases, 2),
                ["exec_ms_per_case"] = Math.Round((double)r[1]! / cases, 3),
                ["query"] = (string)r[2]!,
            })];
        }
        catch (Npgsql.PostgresException)
        {
            return null;
        }
    }

    private static async Task<(long, long?)> CountersAsync(HubDeployment hub)
    {
        var transactions = await hub.Database.ScalarAsync<long>(
            "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = current_database()");
        long? statements;
        try
        {
            statements = await hub.Database.ScalarAsync<long>("""
                SELECT coalesce(sum(calls), 0)::bigint FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                """);
        }
        catch (Npgsql.PostgresException)
        {
            statements = null; // pg_stat_statements not loaded on this server
        }
        return (transactions, statements);
    }

    private static double CpuOf(string command)
    {
        double total = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out _)) continue;
            try
            {
                if (File.ReadAllText(Path.Combine(dir, "comm")).Trim() != command) continue;
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                total += (long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0;
            }
            catch (IOException) { } // the process ended meanwhile
            catch (UnauthorizedAccessException) { }
        }
        return total;
    }
}

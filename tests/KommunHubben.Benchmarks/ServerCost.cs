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

using Npgsql;

namespace KommunHubben.Tests.Integration.Infrastructure;

/// <summary>A fresh PostgreSQL database for one test class, dropped afterwards.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public string Name { get; } = "khub_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>As the superuser, for the test's own checks; finds the hub's tables in schema khub first.</summary>
    public string ConnectionString { get; }

    /// <summary>As the application role (khub_app), as the hub's processes connect.</summary>
    public string AppConnectionString { get; }

    /// <summary>As the migration role (khub_migrator), which owns the schema.</summary>
    public string MigrationConnectionString { get; }

    public static string PrepareDatabaseScript => Path.Combine(RepositoryPaths.Root, "ops", "postgres", "prepare-database.sql");

    private TestDatabase()
    {
        ConnectionString = new NpgsqlConnectionStringBuilder(TestServices.PostgresAdmin) { Database = Name, SearchPath = "khub,public" }.ConnectionString;
        AppConnectionString = As(TestServices.PostgresApp);
        MigrationConnectionString = As(TestServices.PostgresMigrator);
    }

    private string As(ServiceLogin role) =>
        new NpgsqlConnectionStringBuilder(TestServices.PostgresAdmin) { Database = Name, Username = role.User, Password = role.Password }.ConnectionString;

    /// <summary>A new database prepared as production's (ops/postgres/prepare-database.sql): schema khub owned by the
    /// migration role, rows only for the application role.</summary>
    public static async Task<TestDatabase> CreateAsync()
    {
        var db = new TestDatabase();
        await using (var admin = new NpgsqlConnection(TestServices.PostgresAdmin))
        {
            await admin.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{db.Name}\"", admin);
            await cmd.ExecuteNonQueryAsync();
        }
        await db.ExecuteAsync(await File.ReadAllTextAsync(PrepareDatabaseScript));
        return db;
    }

    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var conn = new NpgsqlConnection(ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value);
        var result = await cmd.ExecuteScalarAsync();
        return (T)Convert.ChangeType(result!, typeof(T));
    }

    public async Task<List<object?[]>> RowsAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var conn = new NpgsqlConnection(ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value);
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    public async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var conn = new NpgsqlConnection(ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value);
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>A Submitted general question written straight to the table, with no outbox row: only messages the
    /// test publishes itself will route it.</summary>
    private static int seededReferences;

    public async Task<Guid> InsertSubmittedCaseAsync()
    {
        var id = Guid.NewGuid();
        // Every case the hub holds has a reference (the migration numbered the old ones), so the seeded case has one
        // too: mail and pages show it, never the id.
        var reference = $"KH-1999-{Interlocked.Increment(ref seededReferences):D6}"; // CaseReference.Format's shape
        await ExecuteAsync("""
            INSERT INTO cases ("Id","Reference","Type","Status","UnitId","SubmittedBy","ProtectedDetails","SubmittedAt","UpdatedAt","Version","Priority")
            VALUES (@id,@reference,'GeneralQuestion','Submitted','jobbtorg-city','kp-01',@details,now(),now(),0,0)
            """, ("id", id), ("reference", reference), ("details", new byte[] { 1 }));
        return id;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        // For working on a query against a benchmark's data: KHUB_TEST_KEEP_DATABASES=1 leaves the database in place.
        if (Environment.GetEnvironmentVariable("KHUB_TEST_KEEP_DATABASES") == "1")
        {
            Console.WriteLine($"[test] kept database {Name}");
            return;
        }
        await using var admin = new NpgsqlConnection(TestServices.PostgresAdmin);
        await admin.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", admin);
        await cmd.ExecuteNonQueryAsync();
    }
}

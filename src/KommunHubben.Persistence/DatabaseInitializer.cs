using KommunHubben.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KommunHubben.Persistence;

/// <summary>
/// Brings the schema up to date at start. PostgreSQL uses migrations, one process at a time (an advisory lock, so
/// several processes starting together are safe). SQLite — the embedded demo — creates its schema from the model:
/// the demo file is disposable, and keeping a second migration history for a demo database would be cost without benefit.
/// </summary>
public sealed class DatabaseInitializer(HubDbContext db, IOptions<DatabaseOptions> options, ILogger<DatabaseInitializer> log)
{
    public async Task InitializeAsync(bool seedDemo, CancellationToken ct)
    {
        var o = options.Value;
        if (o.MigrateOnStartup)
        {
            if (o.Provider == DatabaseProvider.Postgres)
                await MigratePostgresAsync(o, ct);
            else
            {
                EnsureSqliteFolder(o.ConnectionString);
                await db.Database.EnsureCreatedAsync(ct);
                // WAL lets the web requests read while the in-process workflow writes.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            }
            log.LogInformation("Database schema is up to date ({Provider})", o.Provider);
        }
        if (seedDemo)
            await DemoOrganisation.SeedAsync(db, ct);
    }

    /// <summary>
    /// Migrates with the migration role when one is configured: the application role cannot create or alter tables.
    /// </summary>
    private async Task MigratePostgresAsync(DatabaseOptions o, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(o.MigrationConnectionString))
        {
            await MigrateUnderLockAsync(db, ct);
            return;
        }
        await using var migrations = CreateForMigration(o);
        await MigrateUnderLockAsync(migrations, ct);
        // Do not keep the schema owner's connection idle in the pool for the life of the process.
        if (migrations.Database.GetDbConnection() is Npgsql.NpgsqlConnection connection)
            Npgsql.NpgsqlConnection.ClearPool(connection);
    }

    /// <summary>Any number, the same in every process: the key of the session lock that serialises migrations.</summary>
    private const long MigrationLockKey = 0x6B687562_6D696772; // "khubmigr"

    /// <summary>
    /// Several processes starting at once (two workers, an API) must not apply the same migration twice: EF Core's own
    /// lock did not prevent "relation … already exists" when they raced on a fresh database. A PostgreSQL session
    /// advisory lock on one open connection makes the second process wait and then find nothing left to apply.
    /// </summary>
    private static async Task MigrateUnderLockAsync(HubDbContext context, CancellationToken ct)
    {
        await context.Database.OpenConnectionAsync(ct);
        try
        {
            await context.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({MigrationLockKey})", ct);
            try
            {
                await context.Database.MigrateAsync(ct);
            }
            finally
            {
                await context.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    /// <summary>A context on <see cref="DatabaseOptions.MigrationConnectionString"/> (or the hub's own connection when empty).</summary>
    public static HubDbContext CreateForMigration(DatabaseOptions o)
    {
        var connection = string.IsNullOrWhiteSpace(o.MigrationConnectionString) ? o.ConnectionString : o.MigrationConnectionString;
        var builder = new DbContextOptionsBuilder<HubDbContext>();
        PersistenceServices.Configure(builder, new DatabaseOptions { Provider = o.Provider, ConnectionString = connection });
        return new HubDbContext(builder.Options);
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}

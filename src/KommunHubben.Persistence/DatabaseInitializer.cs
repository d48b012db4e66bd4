using KommunHubben.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KommunHubben.Persistence;

/// <summary>
/// Brings the schema up to date at start. PostgreSQL uses migrations (EF Core takes a database lock, so several
/// processes starting together are safe). SQLite — the embedded demo — creates its schema from the model:
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
            await db.Database.MigrateAsync(ct);
            return;
        }
        await using var migrations = CreateForMigration(o);
        await migrations.Database.MigrateAsync(ct);
        // Do not keep the schema owner's connection idle in the pool for the life of the process.
        if (migrations.Database.GetDbConnection() is Npgsql.NpgsqlConnection connection)
            Npgsql.NpgsqlConnection.ClearPool(connection);
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

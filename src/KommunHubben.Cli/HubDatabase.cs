using KommunHubben.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Cli;

/// <summary>The hub's PostgreSQL database, from KHUB_DB or the hub's own ConnectionStrings__Hub / Hub__Database__ConnectionString.</summary>
public static class HubDatabase
{
    public static HubDbContext Open() => Open(ConnectionString());

    /// <summary>
    /// The database as the migration role (<c>Hub__Database__MigrationConnectionString</c>), which owns the schema;
    /// the application role of the hub's own connection may not change it.
    /// </summary>
    public static HubDbContext OpenForMigration() =>
        Open(Environment.GetEnvironmentVariable("Hub__Database__MigrationConnectionString") is { Length: > 0 } migration
            ? migration
            : ConnectionString());

    private static string ConnectionString() =>
        Environment.GetEnvironmentVariable("KHUB_DB")
            ?? Environment.GetEnvironmentVariable("ConnectionStrings__Hub")
            ?? Environment.GetEnvironmentVariable("Hub__Database__ConnectionString")
            ?? throw new InvalidOperationException("Set KHUB_DB (or ConnectionStrings__Hub) to the PostgreSQL connection string.");

    private static HubDbContext Open(string connection)
    {
        var builder = new DbContextOptionsBuilder<HubDbContext>();
        PersistenceServices.Configure(builder, new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = connection });
        return new HubDbContext(builder.Options);
    }
}

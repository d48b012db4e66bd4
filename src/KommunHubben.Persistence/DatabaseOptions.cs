namespace KommunHubben.Persistence;

/// <summary>Configuration section <c>Hub:Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Hub:Database";

    /// <summary><c>Sqlite</c> (embedded default, schema created from the model) or <c>Postgres</c> (production, migrations).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Connection string; from <c>ConnectionStrings:Hub</c> when not set here.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Apply migrations (Postgres) or create the schema (Sqlite) at start.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// PostgreSQL: the connection (as the migration role, which owns the schema) that migrations run with, at start
    /// and in <c>khub db migrate</c>. The hub's own <see cref="ConnectionString"/> is then the application role, which
    /// may read and write rows but not change the schema. Empty: migrations use <see cref="ConnectionString"/>.
    /// </summary>
    public string MigrationConnectionString { get; set; } = "";
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

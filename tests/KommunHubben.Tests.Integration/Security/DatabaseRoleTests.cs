using KommunHubben.Tests.Integration.Infrastructure;
using Npgsql;

namespace KommunHubben.Tests.Integration.Security;

/// <summary>
/// The hub's two PostgreSQL roles (ops/postgres/create-roles.sql, prepare-database.sql): `khub db migrate` builds the
/// schema as the migration role, and the application role the hosts run as can read and write rows in schema khub
/// and nothing more — no DDL, no CREATE anywhere, no other schema, not a superuser.
/// </summary>
public sealed class DatabaseRoleTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        // Something outside the hub's schema that the application must not see.
        await _db.ExecuteAsync("CREATE SCHEMA reporting; CREATE TABLE reporting.salaries (who text); INSERT INTO reporting.salaries VALUES ('x');");
        await _db.ExecuteAsync("CREATE TABLE public.leftovers (who text); INSERT INTO public.leftovers VALUES ('x');");
    }

    public Task DisposeAsync() => _db.DisposeAsync().AsTask();

    [Fact]
    public async Task Khub_db_migrate_builds_the_schema_as_the_migration_role_which_then_owns_every_table()
    {
        var result = await Khub.RunAsync(new Dictionary<string, string>
        {
            // As on a hub server: the hub's own connection is the application role, the migration one the owner.
            ["Hub__Database__ConnectionString"] = _db.AppConnectionString,
            ["Hub__Database__MigrationConnectionString"] = _db.MigrationConnectionString,
        }, "db", "migrate");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("as role khub_migrator", result.Stdout);
        var owners = await _db.RowsAsync("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'khub'");
        Assert.Equal(["khub_migrator"], owners.Select(r => (string)r[0]!));
        Assert.True(await _db.ScalarAsync<long>("SELECT count(*) FROM pg_tables WHERE schemaname = 'khub' AND tablename = 'cases'") == 1);
    }

    [Fact]
    public async Task The_application_role_reads_and_writes_rows_but_cannot_change_the_schema_or_read_outside_it()
    {
        var migrate = await Khub.RunAsync(
            new Dictionary<string, string> { ["Hub__Database__MigrationConnectionString"] = _db.MigrationConnectionString }, "db", "migrate");
        Assert.True(migrate.ExitCode == 0, migrate.Stderr);

        await using var app = new NpgsqlConnection(_db.AppConnectionString);
        await app.OpenAsync();

        // Its job: rows in the hub's tables.
        var id = Guid.NewGuid();
        await Execute(app, $"""
            INSERT INTO cases ("Id","Type","Status","UnitId","SubmittedBy","ProtectedDetails","SubmittedAt","UpdatedAt","Version","Priority")
            VALUES ('{id}','GeneralQuestion','Submitted','jobbtorg-city','kp-01','\x01',now(),now(),0,0)
            """);
        await Execute(app, $"""UPDATE cases SET "Priority" = 1 WHERE "Id" = '{id}'""");
        await Execute(app, $"""DELETE FROM cases WHERE "Id" = '{id}'""");
        Assert.False(await Scalar<bool>(app, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"));

        string[] refused =
        [
            "DROP TABLE cases",
            """ALTER TABLE cases ADD COLUMN "Smuggled" text""",
            "TRUNCATE cases",
            "CREATE TABLE khub.extra (id int)",
            "CREATE TABLE public.extra (id int)",
            "CREATE INDEX ix_sneaky ON cases (\"UnitId\")",
            "CREATE SCHEMA mine",
            "CREATE ROLE accomplice",
            "CREATE FUNCTION khub.backdoor() RETURNS int LANGUAGE sql AS 'SELECT 1'",
            "CREATE TEMP TABLE scratch (id int)",
            "SELECT * FROM reporting.salaries",
            "SELECT * FROM public.leftovers",
            "SELECT * FROM pg_authid",
        ];
        foreach (var sql in refused)
        {
            var ex = await Record.ExceptionAsync(() => Execute(app, sql)) as PostgresException;
            Assert.True(ex is not null, $"The application role was allowed: {sql}");
            Assert.True(ex.SqlState == PostgresErrorCodes.InsufficientPrivilege, $"{sql}: expected permission denied, got {ex.SqlState} {ex.MessageText}");
        }
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM pg_tables WHERE schemaname = 'khub' AND tablename = 'cases'"));
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, connection);
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<T> Scalar<T>(NpgsqlConnection connection, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, connection);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }
}

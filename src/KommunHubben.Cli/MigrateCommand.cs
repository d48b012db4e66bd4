using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Cli;

/// <summary>Applies the PostgreSQL migrations, for sites that migrate with a separate, more privileged role.</summary>
public static class MigrateCommand
{
    public static async Task<int> RunAsync()
    {
        await using var db = HubDatabase.OpenForMigration();
        await db.Database.MigrateAsync();
        // Which role did it: an administrator can see at once whether the migration role was used.
        var role = new Npgsql.NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).Username;
        Console.WriteLine($"Migrations applied (as role {role}).");
        return 0;
    }
}

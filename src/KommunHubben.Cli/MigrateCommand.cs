using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Cli;

/// <summary>Applies the PostgreSQL migrations, for sites that migrate with a separate, more privileged role.</summary>
public static class MigrateCommand
{
    public static async Task<int> RunAsync()
    {
        await using var db = HubDatabase.Open();
        await db.Database.MigrateAsync();
        Console.WriteLine("Migrations applied.");
        return 0;
    }
}

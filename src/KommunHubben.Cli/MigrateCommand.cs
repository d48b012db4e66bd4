using KommunHubben.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Cli;

/// <summary>Applies the PostgreSQL migrations, for sites that migrate with a separate, more privileged role.</summary>
public static class MigrateCommand
{
    public static async Task<int> RunAsync()
    {
        var connection = Environment.GetEnvironmentVariable("KHUB_DB")
            ?? Environment.GetEnvironmentVariable("ConnectionStrings__Hub")
            ?? throw new InvalidOperationException("Set KHUB_DB (or ConnectionStrings__Hub) to the PostgreSQL connection string.");
        var builder = new DbContextOptionsBuilder<HubDbContext>();
        PersistenceServices.Configure(builder, new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = connection });
        await using var db = new HubDbContext(builder.Options);
        await db.Database.MigrateAsync();
        Console.WriteLine("Migrations applied.");
        return 0;
    }
}

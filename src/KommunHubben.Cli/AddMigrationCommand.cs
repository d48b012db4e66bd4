using System.Reflection;
using KommunHubben.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

namespace KommunHubben.Cli;

/// <summary>
/// Scaffolds a PostgreSQL migration from the current model, as `dotnet ef migrations add` would. The dotnet-ef tool is
/// not available from this package registry, so the hub carries the few lines that drive EF Core's own scaffolder.
/// </summary>
public static class AddMigrationCommand
{
    public static int Run(string name, string projectDir)
    {
        var options = new DbContextOptionsBuilder<HubDbContext>();
        // No connection is opened: scaffolding compares the model with the last snapshot.
        PersistenceServices.Configure(options, new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=localhost" });
        using var db = new HubDbContext(options.Options);

        var reporter = new OperationReporter(new OperationReportHandler(
            e => Console.Error.WriteLine(e), w => Console.Error.WriteLine(w), i => Console.WriteLine(i), v => { }));
        var services = new DesignTimeServicesBuilder(typeof(HubDbContext).Assembly, Assembly.GetExecutingAssembly(), reporter, [])
            .Build(db);
        var scaffolder = services.GetRequiredService<IMigrationsScaffolder>();
        var migration = scaffolder.ScaffoldMigration(name, "KommunHubben.Persistence", "Migrations", "C#");
        var files = scaffolder.Save(projectDir, migration, Path.Combine(projectDir, "Migrations"));
        Console.WriteLine($"Wrote {files.MigrationFile}");
        return 0;
    }
}

namespace KommunHubben.Cli;

/// <summary>Dispatches khub's commands. Each command lives in its own class.</summary>
public static class CommandLine
{
    private const string Usage = """
        khub — KommunHubben administration

          khub db migrate                       apply PostgreSQL migrations (connection from KHUB_DB or ConnectionStrings__Hub)
          khub db add-migration <Name> <dir>    developers: scaffold a PostgreSQL migration into <dir> (the Persistence project)
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            return args switch
            {
                ["db", "migrate"] => await MigrateCommand.RunAsync(),
                ["db", "add-migration", var name, var projectDir] => AddMigrationCommand.Run(name, projectDir),
                _ => PrintUsage(),
            };
        }
        catch (Exception ex)
        {
            await Console.Error.WriteLineAsync($"khub: {ex.Message}");
            return 1;
        }
    }

    private static int PrintUsage()
    {
        Console.Error.WriteLine(Usage);
        return 2;
    }
}

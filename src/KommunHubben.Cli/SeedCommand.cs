using KommunHubben.Persistence.Seeding;

namespace KommunHubben.Cli;

/// <summary>Adds the demo organisation (units, users, officer skills, projects) where missing. Safe to run again.</summary>
public static class SeedCommand
{
    public static async Task<int> RunAsync()
    {
        await using var db = HubDatabase.Open();
        await DemoOrganisation.SeedAsync(db, CancellationToken.None);
        Console.WriteLine($"Demo organisation present: {db.Units.Count()} units, {db.Users.Count()} users, {db.Projects.Count()} projects.");
        return 0;
    }
}

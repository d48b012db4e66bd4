using System.Diagnostics;

namespace KommunHubben.Tests.Integration.Infrastructure;

/// <summary>
/// The README's first command as a process: `dotnet run` of the API project (in-memory bus, a SQLite file, the demo
/// organisation, the AF simulator in-process), with a port and a database file of its own so a test never touches a
/// developer's demo data in src/KommunHubben.Api/.data/.
/// </summary>
public sealed class EmbeddedHub : IAsyncDisposable
{
    private readonly string _workDir;

    private EmbeddedHub(string workDir, Uri address, HubProcess process)
    {
        _workDir = workDir;
        Address = address;
        Process = process;
    }

    public Uri Address { get; }
    public HubProcess Process { get; }
    public string DatabaseFile => Path.Combine(_workDir, "kommunhubben.db");

    /// <param name="environment">Settings on top of the embedded default's, e.g. another sign-in.</param>
    public static async Task<EmbeddedHub> StartAsync(IReadOnlyDictionary<string, string>? environment = null)
    {
        var workDir = Directory.CreateTempSubdirectory("khub-embedded-").FullName;
        var address = new Uri($"http://127.0.0.1:{HubProcess.FreePort()}");
        // Exactly the README's command (plus --no-build: the suite has just built it, and a port of our own).
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workDir };
        foreach (var arg in new[]
                 {
                     "run", "--no-build", "-c", RepositoryPaths.Configuration,
                     "--project", Path.Combine(RepositoryPaths.Root, "src", "KommunHubben.Api"), "--", "--urls", address.ToString(),
                 })
            start.ArgumentList.Add(arg);
        var settings = new Dictionary<string, string>(environment ?? new Dictionary<string, string>())
        {
            ["Hub__Database__ConnectionString"] = $"Data Source={Path.Combine(workDir, "kommunhubben.db")}",
        };
        var process = HubProcess.Start("embedded", start, settings);
        var hub = new EmbeddedHub(workDir, address, process);
        try
        {
            await HubDeployment.WaitForHealthAsync(address, process);
        }
        catch
        {
            await hub.DisposeAsync();
            throw;
        }
        return hub;
    }

    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync();
        Directory.Delete(_workDir, recursive: true);
    }
}

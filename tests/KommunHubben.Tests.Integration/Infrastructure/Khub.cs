using System.Diagnostics;

namespace KommunHubben.Tests.Integration.Infrastructure;

/// <summary>Runs the built <c>khub</c> command line as an administrator on a hub server would, with a clean environment.</summary>
public static class Khub
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static async Task<Result> RunAsync(IEnumerable<KeyValuePair<string, string>> environment, params string[] args)
    {
        var dll = Path.Combine(RepositoryPaths.Root, "artifacts", "bin", "KommunHubben.Cli", RepositoryPaths.Configuration.ToLowerInvariant(), "khub.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException($"khub is not built at {dll}; build the solution first.");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Hub__", StringComparison.Ordinal) || k == "KHUB_DB").ToList())
            start.Environment.Remove(key);
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment) start.Environment[key] = value;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }
}

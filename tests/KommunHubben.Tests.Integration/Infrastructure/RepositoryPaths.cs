namespace KommunHubben.Tests.Integration.Infrastructure;

/// <summary>Where the repository and the built hosts are, found from the test assembly's own location.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release: the hosts were built in the same configuration as the tests.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}release", StringComparison.OrdinalIgnoreCase) ? "Release" : "Debug";

    /// <summary>The built host, in the artifacts layout (UseArtifactsOutput): artifacts/bin/&lt;project&gt;/&lt;configuration&gt;/.</summary>
    public static string HostDll(string project) =>
        Path.Combine(Root, "artifacts", "bin", project, Configuration.ToLowerInvariant(), project + ".dll");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KommunHubben.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find KommunHubben.sln above the test output.");
    }
}

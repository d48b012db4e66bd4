namespace KommunHubben.Tests.Deployment;

public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string DeployDir => Path.Combine(Root, "ops", "deploy");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KommunHubben.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find KommunHubben.sln above the test output.");
    }
}

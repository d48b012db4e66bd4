using YamlDotNet.RepresentationModel;

namespace KommunHubben.Tests.Deployment;

/// <summary>Reads the deployment files: YAML documents, env files (KEY=VALUE) and systemd units.</summary>
public static class DeploymentFiles
{
    public static IEnumerable<string> Yaml(string dir) =>
        Directory.EnumerateFiles(Path.Combine(Repository.DeployDir, dir), "*.yaml").Order();

    /// <summary>Every YAML document of a file; throws (naming the file and line) if it does not parse.</summary>
    public static List<YamlMappingNode> Documents(string file)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(file);
        try { stream.Load(reader); }
        catch (YamlDotNet.Core.YamlException e) { throw new InvalidDataException($"{file}: {e.Message}", e); }
        return stream.Documents.Select(d => (YamlMappingNode)d.RootNode).ToList();
    }

    public static YamlNode? At(this YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out var next)) return null;
            node = next;
        }
        return node;
    }

    public static string? Text(this YamlNode node, params string[] path) => (node.At(path) as YamlScalarNode)?.Value;

    public static IEnumerable<YamlNode> Items(this YamlNode node, params string[] path) =>
        node.At(path) as YamlSequenceNode ?? Enumerable.Empty<YamlNode>();

    public static IEnumerable<(string Key, YamlNode Value)> Entries(this YamlNode node, params string[] path) =>
        (node.At(path) as YamlMappingNode)?.Children.Select(c => (((YamlScalarNode)c.Key).Value!, c.Value)) ?? [];

    /// <summary>KEY=VALUE lines of an env file (comments and blanks skipped).</summary>
    public static IEnumerable<(string Key, string Value)> EnvFile(string file) =>
        File.ReadLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => (l[..l.IndexOf('=')], l[(l.IndexOf('=') + 1)..]));

    /// <summary>Key=value lines of a systemd unit, e.g. ("Environment", "ASPNETCORE_URLS=…").</summary>
    public static IEnumerable<(string Key, string Value)> Unit(string file) =>
        File.ReadLines(file).Select(l => l.Trim()).Where(l => l.Contains('=') && !l.StartsWith('#'))
            .Select(l => (l[..l.IndexOf('=')], l[(l.IndexOf('=') + 1)..]));

    /// <summary>Hub__A__B → Hub:A:B, the way .NET reads environment variables.</summary>
    public static string ConfigKey(string environmentVariable) => environmentVariable.Replace("__", ":");
}

using System.Text.Json.Nodes;

namespace KommunHubben.Benchmarks;

/// <summary>What the numbers were measured on, and how busy it was: the machine is shared, so say so.</summary>
public static class Machine
{
    public static JsonObject Describe() => new()
    {
        ["cpu"] = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name"))?.Split(':', 2)[1].Trim() ?? "unknown",
        ["cores"] = Environment.ProcessorCount,
        ["memory_gb"] = Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024 / 1024, 1),
        ["os"] = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
        ["dotnet"] = Environment.Version.ToString(),
        ["load_average_at_start"] = File.ReadAllText("/proc/loadavg").Split(' ')[0],
    };

    public static string LoadAverageNow() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}

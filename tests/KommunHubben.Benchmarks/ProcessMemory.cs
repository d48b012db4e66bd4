namespace KommunHubben.Benchmarks;

/// <summary>Resident memory of a process from /proc: VmHWM is the peak since it started, VmRSS the current.</summary>
public static class ProcessMemory
{
    public static double PeakRssMb(int pid) => ReadKb(pid, "VmHWM:") / 1024.0;

    private static long ReadKb(int pid, string field)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            if (line.StartsWith(field, StringComparison.Ordinal))
                return long.Parse(line[field.Length..].Trim().Split(' ')[0]);
        return 0;
    }
}

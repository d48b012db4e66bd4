namespace KommunHubben.Tests.Integration.Scaling;

/// <summary>
/// One line per run of the cluster fail-over scenario, for ops/cluster-failover.sh's table: written to
/// <c>KHUB_CLUSTER_FAILOVER_RESULTS</c> when that is set (the script sets it), nowhere otherwise.
/// </summary>
public static class ClusterFailoverResult
{
    public const string Header = "cases sent | routed | lost | duplicated | routed only after the node returned | seconds from the stop";

    public static void Append(int sent, int routed, int lost, int duplicated, int late, double seconds)
    {
        if (Environment.GetEnvironmentVariable("KHUB_CLUSTER_FAILOVER_RESULTS") is not { Length: > 0 } path) return;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.AppendAllText(path, FormattableString.Invariant($"{sent} | {routed} | {lost} | {duplicated} | {late} | {seconds:0}\n"));
    }
}

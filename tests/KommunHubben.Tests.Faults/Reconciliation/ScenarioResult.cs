using System.Globalization;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Faults.Reconciliation;

/// <summary>One scenario's line in the fault table.</summary>
public sealed record ScenarioResult(
    string Scenario, int Sent, int AccountedFor, int Lost, int Duplicated, double MaxRecoverySeconds,
    int UnansweredSubmissions, int UnansweredButCommitted, IReadOnlyList<string> Problems)
{
    public const string Header = "scenario | cases sent | accounted for | lost | duplicated | max recovery s";

    public string Line => string.Create(CultureInfo.InvariantCulture,
        $"{Scenario} | {Sent} | {AccountedFor} | {Lost} | {Duplicated} | {MaxRecoverySeconds:0.0}");

    public string Details => (UnansweredSubmissions > 0
            ? $"  ({UnansweredSubmissions} submission(s) got no answer; {UnansweredButCommitted} of them were committed and are counted in 'sent')\n"
            : "")
        + string.Join('\n', Problems.Select(p => "  " + p));

    /// <summary>Appends the line to the results table: <c>KHUB_FAULT_RESULTS</c>, or artifacts/fault-suite/results-latest.md.</summary>
    public void Append()
    {
        var path = Environment.GetEnvironmentVariable("KHUB_FAULT_RESULTS") is { Length: > 0 } p
            ? p
            : Path.Combine(RepositoryPaths.Root, "artifacts", "fault-suite", "results-latest.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        lock (typeof(ScenarioResult))
        {
            if (!File.Exists(path) || !File.ReadAllText(path).Contains($"| {Header} |", StringComparison.Ordinal))
                File.AppendAllText(path, $"| {Header} |\n|---|---:|---:|---:|---:|---:|\n");
            File.AppendAllText(path, $"| {Line} |\n");
        }
    }
}

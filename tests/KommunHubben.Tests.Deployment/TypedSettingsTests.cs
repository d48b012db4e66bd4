using System.Text.RegularExpressions;

namespace KommunHubben.Tests.Deployment;

/// <summary>
/// Settings are read through options classes only: a key spelled out as a string where it is read
/// (<c>configuration["Hub:…"]</c>, <c>GetValue&lt;T&gt;("Hub:…")</c>, <c>GetSection("Hub:…")</c>) escapes the typed
/// defaults, the start-up validation and the deployment check of <see cref="HubConfigurationKeys"/>; the section's
/// name lives once, as the options class's <c>Section</c> constant.
/// </summary>
public sealed partial class TypedSettingsTests
{
    [GeneratedRegex(@"(\[\s*""Hub[:""]|GetValue<[^>]+>\(\s*""Hub[:""]|GetSection\(\s*""Hub[:""]|GetConnectionString\(\s*""Hub:)")]
    private static partial Regex StringRead();

    [Fact]
    public void No_source_file_reads_a_Hub_setting_by_a_string_key()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}")
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => StringRead().IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(Repository.Root, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, "Read these through their options class:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_keys_once_read_by_string_are_still_known_to_the_deployment_check()
    {
        // The embedded default's switches and the production guard's inputs, now bound through options classes.
        foreach (var key in new[]
                 {
                     "Hub:RunWorkflow", "Hub:RunAfGateway", "Hub:AfSimulator:RunInProcess", "Hub:AfSimulator:Port",
                     "Hub:Authentication:Mode", "Hub:Authentication:Cookie:SecurePolicy", "Hub:RateLimits:SubmissionsPerMinute",
                     "Hub:Sla:SupplementAnswerDays", "Hub:Calendar:ExtraClosedDays:0", "Hub:Deadlines:PollInterval",
                     "Hub:Routing:Cap", "Hub:WageSubsidy:WageCeilingFullTime",
                 })
            Assert.True(HubConfigurationKeys.Knows(key), key);
    }
}

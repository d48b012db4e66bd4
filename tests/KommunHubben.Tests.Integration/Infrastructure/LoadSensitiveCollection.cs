namespace KommunHubben.Tests.Integration.Infrastructure;

/// <summary>
/// Test classes that put the machine under load themselves (a 3-node cluster, two of every process, hundreds of cases
/// under injected faults) and assert that the work finishes in bounded time. The rest of the project runs two test
/// classes at a time; these run one at a time, after the others, so that they neither starve nor are starved.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadSensitiveCollection
{
    public const string Name = "load-sensitive";
}

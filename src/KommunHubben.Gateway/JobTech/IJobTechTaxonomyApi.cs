using System.Text.Json.Serialization;
using Refit;

namespace KommunHubben.Gateway.JobTech;

/// <summary>The part of the JobTech Taxonomy API (public, no key) the hub uses: SSYK 2012 occupation groups by code.
/// Base address e.g. <c>https://taxonomy.api.jobtechdev.se/v1/taxonomy</c>.</summary>
public interface IJobTechTaxonomyApi
{
    [Get("/specific/concepts/ssyk")]
    Task<IReadOnlyList<JobTechSsykConcept>> GetSsykAsync([AliasAs("ssyk-code-2012")] string code, CancellationToken ct);
}

/// <summary>One concept as the taxonomy answers it.</summary>
public sealed record JobTechSsykConcept(
    [property: JsonPropertyName("taxonomy/id")] string? Id,
    [property: JsonPropertyName("taxonomy/preferred-label")] string? PreferredLabel,
    [property: JsonPropertyName("taxonomy/ssyk-code-2012")] string? SsykCode);

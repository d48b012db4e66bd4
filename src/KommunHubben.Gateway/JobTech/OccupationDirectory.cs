using KommunHubben.Domain.Occupations;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KommunHubben.Gateway.JobTech;

/// <summary>
/// Labels and validates SSYK occupation codes: JobTech's live label when it answers, cached; the shipped list
/// (<see cref="SsykCatalogue.Shipped"/>) when it does not. Which codes are valid is always the shipped list's
/// decision (AF's 400 groups), so submissions never depend on JobTech being up; JobTech only refreshes the label.
/// </summary>
public sealed class OccupationDirectory(IJobTechTaxonomyApi jobTech, IMemoryCache cache, IOptions<JobTechOptions> options, ILogger<OccupationDirectory> log)
{
    public async Task<OccupationLabel?> LookupAsync(string? code, CancellationToken ct)
    {
        if (!SsykCatalogue.Shipped.TryResolve(code, out var shipped)) return null;
        if (cache.TryGetValue(CacheKey(shipped.Code), out OccupationLabel? cached) && cached is not null) return cached;

        var o = options.Value;
        OccupationLabel label;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(o.Timeout);
            var concepts = await jobTech.GetSsykAsync(shipped.Code, timeout.Token);
            var live = concepts.FirstOrDefault(c => c.SsykCode == shipped.Code && !string.IsNullOrWhiteSpace(c.PreferredLabel));
            label = live is null
                ? new OccupationLabel(shipped.Code, shipped.Label, shipped.TaxonomyId, OccupationLabelSource.Shipped)
                : new OccupationLabel(shipped.Code, live.PreferredLabel!, live.Id ?? shipped.TaxonomyId, OccupationLabelSource.JobTech);
            cache.Set(CacheKey(shipped.Code), label, o.CacheDuration);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            log.LogWarning("JobTech Taxonomy unavailable ({Error}); using the shipped occupation list", ex.GetType().Name);
            label = new OccupationLabel(shipped.Code, shipped.Label, shipped.TaxonomyId, OccupationLabelSource.Shipped);
            cache.Set(CacheKey(shipped.Code), label, o.FallbackCacheDuration);
        }
        return label;
    }

    private static string CacheKey(string code) => "ssyk:" + code;
}

public enum OccupationLabelSource
{
    JobTech,
    Shipped,
}

public sealed record OccupationLabel(string Code, string Label, string TaxonomyId, OccupationLabelSource Source);

using KommunHubben.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Cases;

/// <summary>
/// The joint projects' ids a submission may name, kept for a minute instead of read for every submission. Projects
/// are added by the seed or an import (<c>khub seed</c>), never from a page or the API, so a minute's delay before a
/// new project is accepted is the only cost; a submission naming it meanwhile is refused with the field and the rule.
/// </summary>
public sealed class ProjectCatalogue(TimeProvider clock)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(1);
    private volatile Kept? _kept;

    private sealed record Kept(DateTimeOffset ReadAt, IReadOnlySet<string> Ids);

    public async Task<IReadOnlySet<string>> IdsAsync(HubDbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_kept is { } kept && now - kept.ReadAt < KeptFor) return kept.Ids;
        var ids = await db.Projects.AsNoTracking().Select(p => p.Id).ToHashSetAsync(ct);
        _kept = new Kept(now, ids);
        return ids;
    }
}

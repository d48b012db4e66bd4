using KommunHubben.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Cases;

/// <summary>
/// The names of people, units and projects, so pages and notices show "Karin Lind" and "Jobbtorg City" where the
/// database keeps ids (the API keeps the ids: integrations need them). The three tables are small (tens of rows);
/// they are read once per request, on first use.
/// </summary>
public sealed class NameDirectory(HubDbContext db)
{
    private Dictionary<string, string>? people, units, projects;

    public async Task LoadAsync(CancellationToken ct)
    {
        if (people is not null) return;
        units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        projects = await db.Projects.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        people = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
    }

    /// <summary>Every joint project by name, for a form's choice of project.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> ProjectChoicesAsync(CancellationToken ct) =>
        (await db.Projects.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct)).Select(p => (p.Id, p.Name)).ToList();

    /// <summary>The person's name, or null for an id that is no user (a system actor such as the workflow).</summary>
    public string? Person(string? id) => Find(() => people, id);

    public string? Unit(string? id) => Find(() => units, id);

    public string? Project(string? id) => Find(() => projects, id);

    private string? Find(Func<Dictionary<string, string>?> names, string? id)
    {
        if (id is null) return null;
        // A view that names something before its page loaded the names reads them now (tiny tables, once per request).
        if (people is null) LoadAsync(CancellationToken.None).GetAwaiter().GetResult();
        return names()!.TryGetValue(id, out var name) ? name : null;
    }
}

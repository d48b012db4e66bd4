namespace KommunHubben.Persistence.Entities;

/// <summary>A city unit whose contact persons submit cases (a Jobbtorg unit, a district's financial-aid unit, …).</summary>
public sealed class Unit
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
}

using KommunHubben.Domain.Organisation;

namespace KommunHubben.Persistence.Entities;

/// <summary>A member of staff who signs in: contact person, officer, coordinator or administrator.</summary>
public sealed class StaffUser
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public required Role Role { get; set; }
    /// <summary>The city unit of a contact person; null for AF officers, coordinators and administrators.</summary>
    public string? UnitId { get; set; }
    public bool Active { get; set; } = true;
}

namespace KommunHubben.Persistence.Entities;

/// <summary>A joint project a case can be tagged to (Stockholmskraften, Kvinnors etablering, …).</summary>
public sealed class JointProject
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public required string Owner { get; set; }
    public DateOnly Starts { get; set; }
    public DateOnly Ends { get; set; }
    public int ParticipantTarget { get; set; }
}

using KommunHubben.Domain.Cases;

namespace KommunHubben.Persistence.Entities;

/// <summary>What the routing policy needs to know about an officer beyond their user row: which case types they take.</summary>
public sealed class OfficerProfile
{
    public required string OfficerId { get; init; }
    /// <summary>Comma-separated case types, e.g. "GeneralQuestion,IndividualPlanning".</summary>
    public required string Skills { get; set; }

    public IReadOnlySet<CaseType> SkillSet => Skills.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<CaseType>).ToHashSet();
}

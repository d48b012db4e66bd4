namespace KommunHubben.Domain.Organisation;

/// <summary>The four roles of docs/domain.md, "Who uses it".</summary>
public enum Role
{
    ContactPerson,
    Officer,
    Coordinator,
    Administrator,
}

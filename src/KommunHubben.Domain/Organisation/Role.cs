namespace KommunHubben.Domain.Organisation;

/// <summary>The four roles of DOMAIN.md, "Who uses it".</summary>
public enum Role
{
    ContactPerson,
    Officer,
    Coordinator,
    Administrator,
}

using KommunHubben.Application.Users;
using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence.Entities;

namespace KommunHubben.Application.Cases;

/// <summary>
/// Who may see a case (DOMAIN.md, "Who sees what"): a contact person the cases of their own unit; an officer the
/// AF side's cases (all four share the AF queue); coordinators and administrators no individual case.
/// </summary>
public static class CaseVisibility
{
    public static bool CanSee(HubUser user, CaseRecord record) => user.Role switch
    {
        Role.ContactPerson => user.UnitId is not null && record.UnitId == user.UnitId,
        Role.Officer => true,
        _ => false,
    };
}

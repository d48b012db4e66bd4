using KommunHubben.Application.Users;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence.Entities;

namespace KommunHubben.Application.Cases;

/// <summary>
/// Who may see a case (docs/domain.md, "Who sees what"): a contact person the cases of their own unit; an officer the
/// cases they hold and the unclaimed cases of the shared AF queue (which any of the four may claim); coordinators and
/// administrators no individual case — they work with figures.
/// </summary>
public static class CaseVisibility
{
    public static bool CanSee(HubUser user, CaseRecord record) => user.Role switch
    {
        Role.ContactPerson => user.UnitId is not null && record.UnitId == user.UnitId,
        Role.Officer => record.AssignedOfficerId == user.UserId || record.Status is CaseStatus.Submitted or CaseStatus.Routed,
        _ => false,
    };
}

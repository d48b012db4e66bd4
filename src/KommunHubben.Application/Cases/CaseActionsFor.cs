using KommunHubben.Application.Users;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence.Entities;

namespace KommunHubben.Application.Cases;

/// <summary>
/// What the caller may do with a case now: what the lifecycle allows from its status (<see cref="CaseLifecycle"/>),
/// narrowed to the actions this user's role may take on it — the same rules the case commands enforce. A contact
/// person answers a supplement request and withdraws; an officer claims a case in their queue or the shared AF queue,
/// and works (asks, decides, closes, rejects, hands over, releases) the cases they hold. Routing and stopping are the
/// hub's own steps and never listed.
/// </summary>
public static class CaseActionsFor
{
    public static IReadOnlyList<string> User(HubUser user, CaseRecord record) =>
        CaseLifecycle.AllowedActions(record.Status).Where(action => May(user, record, action)).Select(a => a.ToString()).ToArray();

    private static bool May(HubUser user, CaseRecord record, CaseAction action) => user.Role switch
    {
        Role.ContactPerson => action is CaseAction.ProvideSupplement or CaseAction.Withdraw,
        Role.Officer when action == CaseAction.Claim =>
            record.AssignedOfficerId == user.UserId || record.Status == CaseStatus.Routed,
        Role.Officer => record.AssignedOfficerId == user.UserId
                        && action is CaseAction.RequestSupplement or CaseAction.Decide or CaseAction.Close or CaseAction.Reject
                            or CaseAction.HandOver or CaseAction.Release,
        _ => false,
    };
}

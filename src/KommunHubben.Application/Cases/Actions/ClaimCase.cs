using KommunHubben.Application.Users;
using KommunHubben.Contracts;
using KommunHubben.Domain.Cases;
using KommunHubben.Persistence.Entities;

namespace KommunHubben.Application.Cases.Actions;

/// <summary>"Claim this": a case from the officer's own queue, or an unclaimed one from the shared AF queue (it then
/// moves to the claiming officer, recorded in the routing reason). Two claims of one case at the same moment meet the
/// version check: one wins, the other gets a conflict.</summary>
public sealed record ClaimCase(Guid CaseId, int? ExpectedVersion) : CaseActionCommand(CaseId, ExpectedVersion)
{
    public override CaseAction Action => CaseAction.Claim;

    public override string? WhyNotTheirs(HubUser user, CaseRecord record) =>
        record.AssignedOfficerId == user.UserId || record.Status == CaseStatus.Routed ? null : "The case is in another officer's hands.";

    public override CaseEffect Plan(HubUser user, CaseRecord record, CaseActionContext context) => CaseEffect.Publish(now =>
    {
        if (record.AssignedOfficerId != user.UserId)
            record.AssignTo(user.UserId, new Domain.Routing.RoutingReason(Domain.Routing.RoutingReason.ClaimedFromQueue, user.UserId, record.AssignedOfficerId ?? "").Serialize());
        return new CaseClaimed(record.Id, user.UserId, now);
    });
}

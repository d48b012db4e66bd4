using KommunHubben.Application.Users;
using KommunHubben.Contracts;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence.Entities;

namespace KommunHubben.Application.Cases.Actions;

/// <summary>The unit takes its case back; nothing more happens to it.</summary>
public sealed record WithdrawCase(Guid CaseId, int? ExpectedVersion) : CaseActionCommand(CaseId, ExpectedVersion)
{
    public override CaseAction Action => CaseAction.Withdraw;
    public override Role Actor => Role.ContactPerson;

    public override string? WhyNotTheirs(HubUser user, CaseRecord record) => null;

    public override CaseEffect Plan(HubUser user, CaseRecord record, CaseActionContext context) =>
        CaseEffect.Publish(now => new CaseWithdrawn(record.Id, user.UserId, now));
}

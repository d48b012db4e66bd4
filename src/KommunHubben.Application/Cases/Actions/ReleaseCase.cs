using KommunHubben.Application.Users;
using KommunHubben.Contracts;
using KommunHubben.Domain.Cases;
using KommunHubben.Persistence.Entities;

namespace KommunHubben.Application.Cases.Actions;

/// <summary>Puts a claimed case back, unclaimed, into the shared AF queue (still listed under the same officer), with a reason.</summary>
public sealed record ReleaseCase(Guid CaseId, string? Explanation, int? ExpectedVersion) : CaseActionCommand(CaseId, ExpectedVersion)
{
    public override CaseAction Action => CaseAction.Release;
    public override string? Note => Explanation;

    public override ValueTask<CommandResult?> CheckInputAsync(HubUser user, CaseActionContext context, CancellationToken ct) =>
        Checked(RequireText(Explanation, "explanation"));

    public override CaseEffect Plan(HubUser user, CaseRecord record, CaseActionContext context) =>
        CaseEffect.Publish(now => new CaseHandedOver(record.Id, user.UserId, user.UserId, now));
}

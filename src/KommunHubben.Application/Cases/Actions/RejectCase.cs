using KommunHubben.Application.Users;
using KommunHubben.Contracts;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Persistence.Entities;

namespace KommunHubben.Application.Cases.Actions;

/// <summary>The officer holding the case rejects it with a reason code and an optional explanation.</summary>
public sealed record RejectCase(Guid CaseId, string? ReasonCode, string? Explanation, int? ExpectedVersion) : CaseActionCommand(CaseId, ExpectedVersion)
{
    public override CaseAction Action => CaseAction.Reject;
    public override string? Note => Explanation;

    public override ValueTask<CommandResult?> CheckInputAsync(HubUser user, CaseActionContext context, CancellationToken ct) =>
        Checked(ReasonCode is null || !RejectionReasons.All.Contains(ReasonCode)
            ? new CommandResult.Invalid([new ValidationError("reasonCode", RuleCode.NotInList, string.Join(", ", RejectionReasons.All))])
            : null);

    public override CaseEffect Plan(HubUser user, CaseRecord record, CaseActionContext context) =>
        CaseEffect.Publish(now => new CaseRejected(record.Id, user.UserId, ReasonCode!, now));
}

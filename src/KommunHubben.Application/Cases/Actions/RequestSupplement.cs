using KommunHubben.Application.Users;
using KommunHubben.Contracts;
using KommunHubben.Domain.Cases;
using KommunHubben.Persistence.Entities;

namespace KommunHubben.Application.Cases.Actions;

/// <summary>The officer holding the case asks the contact person a question; the case waits for their answer.</summary>
public sealed record RequestSupplement(Guid CaseId, string? Question, int? ExpectedVersion) : CaseActionCommand(CaseId, ExpectedVersion)
{
    public override CaseAction Action => CaseAction.RequestSupplement;
    public override string? Note => Question;

    public override ValueTask<CommandResult?> CheckInputAsync(HubUser user, CaseActionContext context, CancellationToken ct) =>
        Checked(RequireText(Question, "question"));

    public override CaseEffect Plan(HubUser user, CaseRecord record, CaseActionContext context) =>
        CaseEffect.Publish(now => new SupplementRequested(record.Id, user.UserId, record.UnitId, now));
}

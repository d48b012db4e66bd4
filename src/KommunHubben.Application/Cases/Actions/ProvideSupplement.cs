using KommunHubben.Application.Users;
using KommunHubben.Contracts;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence.Entities;

namespace KommunHubben.Application.Cases.Actions;

/// <summary>The contact person answers the officer's question; the case goes back to the officer.</summary>
public sealed record ProvideSupplement(Guid CaseId, string? Answer, int? ExpectedVersion) : CaseActionCommand(CaseId, ExpectedVersion)
{
    public override CaseAction Action => CaseAction.ProvideSupplement;
    public override Role Actor => Role.ContactPerson;
    public override string? Note => Answer;

    public override ValueTask<CommandResult?> CheckInputAsync(HubUser user, CaseActionContext context, CancellationToken ct) =>
        Checked(RequireText(Answer, "answer"));

    /// <summary>Any contact person of the unit may answer (visibility already limits it to the unit).</summary>
    public override string? WhyNotTheirs(HubUser user, CaseRecord record) => null;

    public override CaseEffect Plan(HubUser user, CaseRecord record, CaseActionContext context) =>
        CaseEffect.Publish(now => new SupplementProvided(record.Id, user.UserId, now));
}

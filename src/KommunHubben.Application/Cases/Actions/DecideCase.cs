using System.Text.Json;
using KommunHubben.Application.Users;
using KommunHubben.Contracts;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Cases.Decisions;
using KommunHubben.Domain.WageSubsidy;
using KommunHubben.Persistence.Entities;

namespace KommunHubben.Application.Cases.Actions;

/// <summary>The officer holding the case records the decision: an outcome, an explanation and the fields its case
/// type's decision needs (a wage subsidy's grant is computed from the case's own details).</summary>
public sealed record DecideCase(Guid CaseId, DecisionInput Input, int? ExpectedVersion) : CaseActionCommand(CaseId, ExpectedVersion)
{
    public override CaseAction Action => CaseAction.Decide;
    public override string? Note => Input.Explanation;

    public override CaseEffect Plan(HubUser user, CaseRecord record, CaseActionContext context)
    {
        var rules = context.WageSubsidyRules.Value;
        var (decision, errors) = DecisionRules.Validate(record.Type, Input, context.Clock.GetUtcNow().UtcDateTime,
            (grantInput, grantErrors) => WageSubsidyGrant.Decide(
                (WageSubsidyDetails)ProtectedCaseContent.Read(context.Protector, record).Details, grantInput, rules, grantErrors),
            taggedToProject: record.ProjectId is not null);
        if (decision is null) return CaseEffect.Refuse(new CommandResult.Invalid(errors));
        return CaseEffect.Publish(now =>
        {
            record.RecordDecision(decision.Outcome, context.Protector.Protect(JsonSerializer.Serialize(decision, ProtectedCaseContent.Json)));
            return new CaseDecided(record.Id, user.UserId, decision.Outcome, now);
        });
    }
}

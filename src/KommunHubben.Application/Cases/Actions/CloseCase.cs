using KommunHubben.Application.Users;
using KommunHubben.Contracts;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Persistence.Entities;

namespace KommunHubben.Application.Cases.Actions;

/// <summary>The officer holding the case closes it, saying why (a code from the fixed list).</summary>
public sealed record CloseCase(Guid CaseId, string? ClosureReason, int? ExpectedVersion) : CaseActionCommand(CaseId, ExpectedVersion)
{
    public override CaseAction Action => CaseAction.Close;

    public override ValueTask<CommandResult?> CheckInputAsync(HubUser user, CaseActionContext context, CancellationToken ct)
    {
        // Required: the city's primary indicator counts closures by their reason, and a closure without one is lost to it.
        var errors = new List<ValidationError>();
        FieldRules.RequireName<Domain.Cases.ClosureReason>(ClosureReason, "closureReason", errors);
        return Checked(errors.Count > 0 ? new CommandResult.Invalid(errors) : null);
    }

    public override CaseEffect Plan(HubUser user, CaseRecord record, CaseActionContext context)
    {
        var reason = Enum.Parse<Domain.Cases.ClosureReason>(ClosureReason!.Trim(), ignoreCase: true);
        return CaseEffect.Publish(now =>
        {
            record.RecordClosure(reason);
            return new CaseClosed(record.Id, user.UserId, reason.ToString(), now);
        });
    }
}

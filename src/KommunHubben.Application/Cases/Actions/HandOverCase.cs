using KommunHubben.Application.Users;
using KommunHubben.Contracts;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Cases.Actions;

/// <summary>Gives a claimed case to another (active) officer's queue, unclaimed, with a reason.</summary>
public sealed record HandOverCase(Guid CaseId, string? ToOfficerId, string? Explanation, int? ExpectedVersion)
    : CaseActionCommand(CaseId, ExpectedVersion)
{
    public override CaseAction Action => CaseAction.HandOver;
    public override string? Note => Explanation?.Trim();

    public override async ValueTask<CommandResult?> CheckInputAsync(HubUser user, CaseActionContext context, CancellationToken ct)
    {
        var errors = new List<ValidationError>();
        FieldRules.RequireText(Explanation, "explanation", errors, 500);
        if (string.IsNullOrWhiteSpace(ToOfficerId)) errors.Add(new ValidationError("toOfficerId", RuleCode.Required));
        else if (ToOfficerId == user.UserId) errors.Add(new ValidationError("toOfficerId", RuleCode.AnotherOfficer));
        else if (!await context.Db.Users.AnyAsync(u => u.Id == ToOfficerId && u.Role == Role.Officer && u.Active, ct))
            errors.Add(new ValidationError("toOfficerId", RuleCode.ActiveOfficer));
        return errors.Count > 0 ? new CommandResult.Invalid(errors) : null;
    }

    public override CaseEffect Plan(HubUser user, CaseRecord record, CaseActionContext context) => CaseEffect.Publish(now =>
    {
        record.AssignTo(ToOfficerId!, $"handed over by {user.UserId} to {ToOfficerId}");
        return new CaseHandedOver(record.Id, user.UserId, ToOfficerId!, now);
    });
}

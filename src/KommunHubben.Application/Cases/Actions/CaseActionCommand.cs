using KommunHubben.Application.Users;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence.Entities;

namespace KommunHubben.Application.Cases.Actions;

/// <summary>
/// One thing a person does to an existing case (claim, decide, close …): what it needs, who may do it and what it
/// changes. The shared steps — visibility, version, lifecycle, saving the history step, audit entry and outgoing
/// event in one transaction — are <see cref="CaseActions.RunAsync"/>'s, done once for every action.
/// </summary>
public abstract record CaseActionCommand(Guid CaseId, int? ExpectedVersion)
{
    public abstract CaseAction Action { get; }

    /// <summary>The one role that may take this action.</summary>
    public virtual Role Actor => Role.Officer;

    /// <summary>The free text kept (encrypted) with the history step, if the action has one.</summary>
    public virtual string? Note => null;

    /// <summary>Checks what was sent, before the case is read: a wrong button learns it is not theirs before a
    /// missing field is named (the role is checked before this).</summary>
    public virtual ValueTask<CommandResult?> CheckInputAsync(HubUser user, CaseActionContext context, CancellationToken ct) =>
        ValueTask.FromResult<CommandResult?>(null);

    /// <summary>Why this user may not act on this (visible) case, or null. An officer acts on the cases they hold.</summary>
    public virtual string? WhyNotTheirs(HubUser user, CaseRecord record) =>
        record.AssignedOfficerId == user.UserId ? null : "The case is in another officer's queue.";

    /// <summary>Checks the content against the case (the lifecycle already allows the action) and says what to change
    /// beyond the lifecycle step and which event to publish.</summary>
    public abstract CaseEffect Plan(HubUser user, CaseRecord record, CaseActionContext context);

    protected static CommandResult? RequireText(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
            return new CommandResult.Invalid([new ValidationError(field, RuleCode.Required)]);
        if (value.Trim().Length > SubmissionLimits.FreeTextMaxLength)
            return new CommandResult.Invalid([new ValidationError(field, RuleCode.TooLong, SubmissionLimits.FreeTextMaxLength)]);
        return null;
    }

    protected static ValueTask<CommandResult?> Checked(CommandResult? result) => ValueTask.FromResult(result);
}

/// <summary>What an action does once allowed: <see cref="Apply"/> changes the case and returns the event to publish,
/// or <see cref="Refusal"/> says why the content does not fit the case.</summary>
public sealed record CaseEffect(Func<DateTime, object>? Apply, CommandResult? Refusal)
{
    public static CaseEffect Publish(Func<DateTime, object> apply) => new(apply, null);
    public static CaseEffect Refuse(CommandResult refusal) => new(null, refusal);
}

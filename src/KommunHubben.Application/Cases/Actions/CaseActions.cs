using KommunHubben.Application.Auditing;
using KommunHubben.Application.Users;
using KommunHubben.Domain.Cases;
using KommunHubben.Messaging.Outbox;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Messaging;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Cases.Actions;

/// <summary>
/// Runs any <see cref="CaseActionCommand"/>: checks who may do it, the version the caller loaded and the lifecycle,
/// then saves the new state, its history step, an audit entry and the outgoing event in ONE transaction (the outbox),
/// so either all of it happens or none of it does. (eShop's command handlers + TransactionBehavior, in one place.)
/// </summary>
public sealed class CaseActions(CaseActionContext context, OutboxSignal signal)
{
    private HubDbContext Db => context.Db;

    /// <summary>The services actions check themselves with (a bulk action checks its input once through it).</summary>
    public CaseActionContext Context => context;

    public async Task<CommandResult> RunAsync(HubUser user, CaseActionCommand command, CancellationToken ct)
    {
        if (user.Role != command.Actor)
            return new CommandResult.Forbidden(command.Actor == Domain.Organisation.Role.Officer
                ? "Only an employment officer can do this." : "Only a contact person can do this.");
        if (await command.CheckInputAsync(user, context, ct) is { } invalidInput)
            return invalidInput;

        var record = await Db.Cases.FirstOrDefaultAsync(c => c.Id == command.CaseId, ct);
        if (record is null || !CaseVisibility.CanSee(user, record))
            return new CommandResult.NotFound();
        if (command.WhyNotTheirs(user, record) is { } notAllowed)
            return new CommandResult.Forbidden(notAllowed);
        if (command.ExpectedVersion is { } expected && expected != record.Version)
            return new CommandResult.Conflict(ConflictCodes.ChangedSinceLoaded, expected, record.Version);
        var transition = CaseLifecycle.Apply(record.Status, command.Action);
        if (!transition.IsAllowed)
            return new CommandResult.Conflict(ConflictCodes.NotAllowedNow, command.Action.ToString(), record.Status.ToString());
        var effect = command.Plan(user, record, context);
        if (effect.Refusal is not null || effect.Apply is null)
            return effect.Refusal ?? new CommandResult.Conflict(ConflictCodes.NotApplied);

        var now = context.Clock.GetUtcNow().UtcDateTime;
        var note = command.Note;
        Db.CaseHistory.Add(record.Apply(command.Action, user.UserId, now, note is null ? null : context.Protector.Protect(note.Trim())));
        Db.PublishAfterCommit(effect.Apply(now), now);
        AuditTrail.Record(Db, user, command.Action.ToString(), record.Id, "case handling", now);
        try
        {
            await Db.SaveChangesAsync(ct);
            signal.Notify();
        }
        catch (DbUpdateConcurrencyException)
        {
            return new CommandResult.Conflict(ConflictCodes.ChangedAtSameMoment);
        }
        return new CommandResult.Ok(record.Id, record.Status.ToString(), record.Version);
    }
}

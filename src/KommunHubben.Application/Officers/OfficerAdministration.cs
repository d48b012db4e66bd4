using KommunHubben.Application.Auditing;
using KommunHubben.Application.Cases;
using KommunHubben.Application.Users;
using KommunHubben.Contracts;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Domain.Organisation;
using KommunHubben.Domain.Routing;
using KommunHubben.Messaging.Outbox;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using KommunHubben.Persistence.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KommunHubben.Application.Officers;

/// <summary>
/// The administrator's officer tools: absences, and moving an absent officer's open cases to colleagues in one action
/// (the routing policy chooses; every move is recorded in the case's routing reason, the audit log and a CaseHandedOver).
/// </summary>
public sealed class OfficerAdministration(
    HubDbContext db, IOptions<RoutingPolicyOptions> policy, OutboxSignal signal, TimeProvider clock)
{
    public sealed record OfficerView(string Id, string Name, IReadOnlyList<string> Skills, IReadOnlyList<AbsenceView> Absences, int OpenCases, int WeightedLoad, int Cap);
    public sealed record AbsenceView(DateOnly From, DateOnly To);
    public sealed record Redistribution(int Moved, IReadOnlyList<CaseMove> Moves);

    public async Task<IReadOnlyList<OfficerView>?> ListAsync(HubUser user, CancellationToken ct)
    {
        if (user.Role is not (Role.Administrator or Role.Officer or Role.Coordinator)) return null;
        var states = await new OfficerStates(db).ReadAsync(ct);
        return states.Select(s => new OfficerView(s.OfficerId, s.Name, s.Skills.Select(k => k.ToString()).Order().ToList(),
            s.Absences.Select(a => new AbsenceView(a.From, a.To)).ToList(), s.OpenCases.Total, s.WeightedLoad(policy.Value), policy.Value.Cap)).ToList();
    }

    public async Task<CommandResult> RegisterAbsenceAsync(HubUser user, string officerId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        if (user.Role != Role.Administrator) return new CommandResult.Forbidden("Only an administrator can register absence.");
        if (!await db.Users.AnyAsync(u => u.Id == officerId && u.Role == Role.Officer, ct)) return new CommandResult.NotFound();
        var errors = new List<ValidationError>();
        if (from is null) errors.Add(new("from", RuleCode.Required));
        if (to is null) errors.Add(new("to", RuleCode.Required));
        else if (from is not null && to < from) errors.Add(new("to", RuleCode.EndBeforeStart));
        if (errors.Count > 0) return new CommandResult.Invalid(errors);

        var now = clock.GetUtcNow().UtcDateTime;
        db.OfficerAbsences.Add(new OfficerAbsence { OfficerId = officerId, From = from!.Value, To = to!.Value, RegisteredBy = user.UserId, RegisteredAt = now });
        AuditTrail.Record(db, user, "RegisterAbsence", null, $"{officerId} absent {from:yyyy-MM-dd}–{to:yyyy-MM-dd}", now);
        await db.SaveChangesAsync(ct);
        return new CommandResult.Ok(Guid.Empty, "Registered", 0);
    }

    /// <summary>
    /// Sets which case types the officer takes from now on (cases already in their queue stay). At least one type: an
    /// officer who should take nothing for a while is registered absent instead.
    /// </summary>
    public async Task<CommandResult> SetSkillsAsync(HubUser user, string officerId, IReadOnlyCollection<string>? skills, CancellationToken ct)
    {
        if (user.Role != Role.Administrator) return new CommandResult.Forbidden("Only an administrator can change an officer's skills.");
        if (!await db.Users.AnyAsync(u => u.Id == officerId && u.Role == Role.Officer, ct)) return new CommandResult.NotFound();
        var chosen = new SortedSet<CaseType>();
        foreach (var skill in skills ?? [])
        {
            if (!Enum.TryParse<CaseType>(skill, ignoreCase: false, out var type) || !Enum.IsDefined(type) || int.TryParse(skill, out _))
                return new CommandResult.Invalid([new("skills", RuleCode.NotInList, string.Join(", ", Enum.GetNames<CaseType>()))]);
            chosen.Add(type);
        }
        if (chosen.Count == 0) return new CommandResult.Invalid([new("skills", RuleCode.SkillRequired)]);

        var text = string.Join(',', chosen);
        var profile = await db.OfficerProfiles.FirstOrDefaultAsync(p => p.OfficerId == officerId, ct);
        if (profile is null) db.OfficerProfiles.Add(new OfficerProfile { OfficerId = officerId, Skills = text });
        else profile.Skills = text;
        AuditTrail.Record(db, user, "SetSkills", null, $"{officerId} takes {text}", clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return new CommandResult.Ok(Guid.Empty, "Saved", 0);
    }

    public async Task<(CommandResult Result, Redistribution? Done)> RedistributeAsync(HubUser user, string officerId, CancellationToken ct)
    {
        if (user.Role != Role.Administrator) return (new CommandResult.Forbidden("Only an administrator can redistribute cases."), null);
        if (!await db.Users.AnyAsync(u => u.Id == officerId && u.Role == Role.Officer, ct)) return (new CommandResult.NotFound(), null);

        var now = clock.GetUtcNow().UtcDateTime;
        var open = CaseLifecycle.OpenInQueueStatuses.ToArray();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // A redistribution is routing: it takes the routing lock (the loads it reads stay true until it commits), then
        // the cases' row locks in the order the workflow's batches take them, so it waits for a batch rather than
        // deadlocking with one.
        await db.LockRoutingAsync(ct);
        var ids = await db.Cases.Where(c => c.AssignedOfficerId == officerId && open.Contains(c.Status)).Select(c => c.Id).ToListAsync(ct);
        await db.LockCasesAsync(ids, ct);
        var cases = await db.Cases.Where(c => ids.Contains(c.Id) && c.AssignedOfficerId == officerId && open.Contains(c.Status))
            .OrderBy(c => c.SubmittedAt).ToListAsync(ct);
        var moves = RoutingPolicy.Redistribute(officerId,
            cases.Select(c => new CaseToRedistribute(c.Id, c.Type, c.UnitId, (CasePriority)c.Priority)).ToList(),
            await new OfficerStates(db).ReadAsync(ct), DateOnly.FromDateTime(now), policy.Value);

        foreach (var move in moves.Where(m => m.IsAssigned))
        {
            var record = cases.Single(c => c.Id == move.CaseId);
            // A claimed case goes back to Routed in the new queue; one waiting for a supplement or closing keeps its status.
            if (record.Status == CaseStatus.Claimed)
                db.CaseHistory.Add(record.Apply(CaseAction.HandOver, user.UserId, now));
            record.AssignTo(move.ToOfficerId!, move.Explanation?.Serialize() ?? move.Reason);
            db.PublishAfterCommit(new CaseHandedOver(record.Id, officerId, move.ToOfficerId!, now), now);
            db.Notifications.Add(new Notification { RecipientId = move.ToOfficerId!, CaseId = record.Id, Kind = "CaseRedistributedToYou", At = now });
            AuditTrail.Record(db, user, "Redistribute", record.Id, move.Explanation?.Serialize() ?? move.Reason, now);
        }
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (new CommandResult.Conflict(ConflictCodes.ChangedAtSameMoment), null);
        }
        signal.Notify();
        return (new CommandResult.Ok(Guid.Empty, "Redistributed", 0), new Redistribution(moves.Count(m => m.IsAssigned), moves));
    }
}

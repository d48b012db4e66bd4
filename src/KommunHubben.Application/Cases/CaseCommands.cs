using System.Text.Json;
using KommunHubben.Application.Users;
using KommunHubben.Contracts;
using KommunHubben.Domain.Cases;
using KommunHubben.Application.Auditing;
using KommunHubben.Application.Consents;
using KommunHubben.Domain.Cases.Decisions;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Domain.Consents;
using KommunHubben.Domain.Organisation;
using KommunHubben.Messaging.Outbox;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using KommunHubben.Persistence.Messaging;
using KommunHubben.Persistence.Protection;
using KommunHubben.Domain.WageSubsidy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KommunHubben.Application.Cases;

/// <summary>
/// The changes people make to cases. Each one checks who may do it, applies the lifecycle, and saves the new
/// state, its history step, an audit entry and its outgoing event in ONE transaction (the outbox), so either all of
/// it happens or none of it does.
/// </summary>
public sealed class CaseCommands(
    HubDbContext db, PersonalDataProtector protector, ConsentRegister consents, IOptions<WageSubsidyRulesOptions> wageSubsidyRules,
    OutboxSignal signal, TimeProvider clock)
{
    public async Task<CommandResult> SubmitAsync(HubUser user, SubmitCaseInput input, CancellationToken ct)
    {
        if (user.Role != Role.ContactPerson || user.UnitId is null)
            return new CommandResult.Forbidden("Only a contact person of a city unit can submit cases.");

        var now = clock.GetUtcNow().UtcDateTime;
        if (input.ProtectedIdentity == true)
        {
            // Checked before anything is read from the submission: nothing about the person is parsed or kept.
            await RecordRefusalAsync(RefusalReasons.ProtectedIdentity, input.CaseType, user.UnitId, now, ct);
            return new CommandResult.Refused("This case must not be sent digitally",
                [new ValidationError("protectedIdentity", Domain.Cases.Submission.ProtectedIdentity.Instruction)]);
        }

        var projects = await db.Projects.Select(p => p.Id).ToHashSetAsync(ct);
        var (submission, errors) = SubmissionValidator.Validate(input, now, projects, wageSubsidyRules.Value);
        if (submission is null)
            return new CommandResult.Invalid(errors);

        var personHash = submission.Person is null ? null : protector.KeyedHash(submission.Person.Normalized);
        if (ConsentRules.IsRequired(submission.Type, personHash is not null)
            && await consents.WhyNoConsentAsync(personHash, submission.Type, DateOnly.FromDateTime(now), ct) is { } missing)
        {
            await RecordRefusalAsync(RefusalReasons.MissingConsent, submission.Type.ToString(), user.UnitId, now, ct);
            return new CommandResult.Refused("No valid consent",
                [new ValidationError("personalIdentityNumber", $"the case cannot be sent: {missing}. Register the person's consent for {submission.Type} first.")]);
        }

        var attachments = await ClaimUploadsAsync(user, submission.Details, ct);
        if (attachments.Error is { } uploadError)
            return uploadError;

        var content = new ProtectedCaseContent(submission.Person?.Normalized, submission.Details);
        var record = CaseRecord.Submit(
            Guid.NewGuid(), submission.Type, user.UnitId, user.UserId, submission.ProjectId,
            personHash,
            content.Seal(protector), now,
            priorityDate: (submission.Details as WageSubsidyDetails)?.StartDate);
        db.Cases.Add(record);
        foreach (var file in attachments.Files) file.AttachTo(record.Id);
        db.PublishAfterCommit(new CaseSubmitted(record.Id, record.Type.ToString(), record.UnitId, now,
            user.UserId, record.ProjectId, GenderCode(submission.Person?.Sex)), now);
        Audit(user, "SubmitCase", record.Id, "case submitted", now);
        await SaveAsync(ct);
        return new CommandResult.Ok(record.Id, record.Status.ToString(), record.Version);
    }

    /// <summary>"Claim this": a case from the officer's own queue, or an unclaimed one from the shared AF queue
    /// (it then moves to the claiming officer, recorded in the routing reason). Two claims of one case at the same
    /// moment meet the version check: one wins, the other gets a conflict.</summary>
    public Task<CommandResult> ClaimAsync(HubUser user, Guid caseId, int? expectedVersion, CancellationToken ct)
    {
        if (user.Role != Role.Officer)
            return Task.FromResult<CommandResult>(new CommandResult.Forbidden("Only an employment officer can do this."));
        return ActAsync(user, caseId, expectedVersion, CaseAction.Claim, null, ct,
            (record, now) =>
            {
                if (record.AssignedOfficerId != user.UserId)
                    record.AssignTo(user.UserId, $"claimed from the AF queue by {user.UserId} (was routed to {record.AssignedOfficerId})");
                return new CaseClaimed(record.Id, user.UserId, now);
            },
            record => record.AssignedOfficerId == user.UserId || record.Status == CaseStatus.Routed
                ? null
                : "The case is in another officer's hands.");
    }

    /// <summary>Gives a claimed case to another (active) officer's queue, unclaimed, with a reason.</summary>
    public async Task<CommandResult> HandOverAsync(HubUser user, Guid caseId, string? toOfficerId, string? reason, int? expectedVersion, CancellationToken ct)
    {
        if (NotAnOfficer(user) is { } forbidden) return forbidden;
        var errors = new List<ValidationError>();
        var why = FieldRules.RequireText(reason, "explanation", errors, 500);
        if (string.IsNullOrWhiteSpace(toOfficerId)) errors.Add(new ValidationError("toOfficerId", "is required"));
        else if (toOfficerId == user.UserId) errors.Add(new ValidationError("toOfficerId", "must be another officer"));
        else if (!await db.Users.AnyAsync(u => u.Id == toOfficerId && u.Role == Role.Officer && u.Active, ct))
            errors.Add(new ValidationError("toOfficerId", "must be an active employment officer"));
        if (errors.Count > 0) return new CommandResult.Invalid(errors);
        return await ActAsOfficerAsync(user, caseId, expectedVersion, CaseAction.HandOver, why, ct, (record, now) =>
        {
            record.AssignTo(toOfficerId!, $"handed over by {user.UserId} to {toOfficerId}");
            return new CaseHandedOver(record.Id, user.UserId, toOfficerId!, now);
        });
    }

    /// <summary>Puts a claimed case back, unclaimed, into the shared AF queue (still listed under the same officer), with a reason.</summary>
    public Task<CommandResult> ReleaseAsync(HubUser user, Guid caseId, string? reason, int? expectedVersion, CancellationToken ct) =>
        (NotAnOfficer(user) ?? RequireText(reason, "explanation")) is { } invalid
            ? Task.FromResult(invalid)
            : ActAsOfficerAsync(user, caseId, expectedVersion, CaseAction.Release, reason, ct,
                (record, now) => new CaseHandedOver(record.Id, user.UserId, user.UserId, now));

    public Task<CommandResult> RequestSupplementAsync(HubUser user, Guid caseId, string? question, int? expectedVersion, CancellationToken ct) =>
        (NotAnOfficer(user) ?? RequireText(question, "question")) is { } invalid
            ? Task.FromResult(invalid)
            : ActAsOfficerAsync(user, caseId, expectedVersion, CaseAction.RequestSupplement, question, ct,
                (record, now) => new SupplementRequested(record.Id, user.UserId, record.UnitId, now));

    public Task<CommandResult> DecideAsync(HubUser user, Guid caseId, DecisionInput input, int? expectedVersion, CancellationToken ct)
    {
        DecisionDetails? decision = null;
        return ActAsOfficerAsync(user, caseId, expectedVersion, CaseAction.Decide, input.Explanation, ct,
            (record, now) =>
            {
                record.RecordDecision(decision!.Outcome, protector.Protect(JsonSerializer.Serialize(decision, ProtectedCaseContent.Json)));
                return new CaseDecided(record.Id, user.UserId, decision.Outcome, now);
            },
            record =>
            {
                // Only a case that may be decided now is checked for content: a closed case gets the lifecycle's answer.
                if (!CaseLifecycle.CanApply(record.Status, CaseAction.Decide)) return null;
                var (valid, errors) = DecisionRules.Validate(record.Type, input, clock.GetUtcNow().UtcDateTime,
                    (grantInput, grantErrors) => WageSubsidyGrant.Decide(
                        (WageSubsidyDetails)ProtectedCaseContent.Read(protector, record).Details, grantInput, wageSubsidyRules.Value, grantErrors),
                    taggedToProject: record.ProjectId is not null);
                decision = valid;
                return valid is null ? new CommandResult.Invalid(errors) : null;
            });
    }

    public Task<CommandResult> CloseAsync(HubUser user, Guid caseId, string? closureReason, int? expectedVersion, CancellationToken ct)
    {
        if (NotAnOfficer(user) is { } forbidden) return Task.FromResult(forbidden);
        ClosureReason? reason = null;
        if (!string.IsNullOrWhiteSpace(closureReason))
        {
            var errors = new List<ValidationError>();
            reason = FieldRules.RequireName<ClosureReason>(closureReason, "closureReason", errors);
            if (errors.Count > 0) return Task.FromResult<CommandResult>(new CommandResult.Invalid(errors));
        }
        return ActAsOfficerAsync(user, caseId, expectedVersion, CaseAction.Close, null, ct,
            (record, now) =>
            {
                record.RecordClosure(reason);
                return new CaseClosed(record.Id, user.UserId, reason?.ToString(), now);
            });
    }

    public Task<CommandResult> RejectAsync(HubUser user, Guid caseId, string? reasonCode, string? explanation, int? expectedVersion, CancellationToken ct)
    {
        if (NotAnOfficer(user) is { } forbidden) return Task.FromResult(forbidden);
        if (reasonCode is null || !RejectionReasons.All.Contains(reasonCode))
            return Invalid("reasonCode", $"must be one of: {string.Join(", ", RejectionReasons.All)}");
        return ActAsOfficerAsync(user, caseId, expectedVersion, CaseAction.Reject, explanation, ct,
            (record, now) => new CaseRejected(record.Id, user.UserId, reasonCode, now));
    }

    public Task<CommandResult> ProvideSupplementAsync(HubUser user, Guid caseId, string? answer, int? expectedVersion, CancellationToken ct) =>
        (NotAContactPerson(user) ?? RequireText(answer, "answer")) is { } invalid
            ? Task.FromResult(invalid)
            : ActAsContactPersonAsync(user, caseId, expectedVersion, CaseAction.ProvideSupplement, answer, ct,
                (record, now) => new SupplementProvided(record.Id, user.UserId, now));

    public Task<CommandResult> WithdrawAsync(HubUser user, Guid caseId, int? expectedVersion, CancellationToken ct) =>
        ActAsContactPersonAsync(user, caseId, expectedVersion, CaseAction.Withdraw, null, ct,
            (record, now) => new CaseWithdrawn(record.Id, user.UserId, now));

    private Task<CommandResult> ActAsOfficerAsync(
        HubUser user, Guid caseId, int? expectedVersion, CaseAction action, string? note, CancellationToken ct,
        Func<CaseRecord, DateTime, object> eventFor, Func<CaseRecord, CommandResult?>? checkContent = null)
    {
        if (user.Role != Role.Officer)
            return Task.FromResult<CommandResult>(new CommandResult.Forbidden("Only an employment officer can do this."));
        return ActAsync(user, caseId, expectedVersion, action, note, ct, eventFor, record =>
            record.AssignedOfficerId == user.UserId ? null : "The case is in another officer's queue.", checkContent);
    }

    private Task<CommandResult> ActAsContactPersonAsync(
        HubUser user, Guid caseId, int? expectedVersion, CaseAction action, string? note, CancellationToken ct,
        Func<CaseRecord, DateTime, object> eventFor)
    {
        if (user.Role != Role.ContactPerson)
            return Task.FromResult<CommandResult>(new CommandResult.Forbidden("Only a contact person can do this."));
        return ActAsync(user, caseId, expectedVersion, action, note, ct, eventFor, _ => null);
    }

    private async Task<CommandResult> ActAsync(
        HubUser user, Guid caseId, int? expectedVersion, CaseAction action, string? note, CancellationToken ct,
        Func<CaseRecord, DateTime, object> eventFor, Func<CaseRecord, string?> mayAct, Func<CaseRecord, CommandResult?>? checkContent = null)
    {
        var record = await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (record is null || !CaseVisibility.CanSee(user, record))
            return new CommandResult.NotFound();
        if (mayAct(record) is { } notAllowed)
            return new CommandResult.Forbidden(notAllowed);
        if (expectedVersion is not null && expectedVersion != record.Version)
            return new CommandResult.Conflict(
                $"The case changed since you loaded it (your version {expectedVersion}, now {record.Version}). Reload and try again.");
        if (checkContent?.Invoke(record) is { } invalid)
            return invalid;
        var transition = CaseLifecycle.Apply(record.Status, action);
        if (!transition.IsAllowed)
            return new CommandResult.Conflict(transition.Error!);

        var now = clock.GetUtcNow().UtcDateTime;
        var entry = record.Apply(action, user.UserId, now, note is null ? null : protector.Protect(note.Trim()));
        db.CaseHistory.Add(entry);
        db.PublishAfterCommit(eventFor(record, now), now);
        Audit(user, action.ToString(), record.Id, "case handling", now);
        try
        {
            await SaveAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new CommandResult.Conflict("Someone else changed the case at the same moment. Reload and try again.");
        }
        return new CommandResult.Ok(record.Id, record.Status.ToString(), record.Version);
    }

    /// <summary>The uploaded files the evidence list points at: each must be this unit's and not yet on a case.</summary>
    private async Task<(CommandResult? Error, IReadOnlyList<Attachment> Files)> ClaimUploadsAsync(HubUser user, CaseDetails details, CancellationToken ct)
    {
        if (details is not Domain.Cases.DisabilityCoding.DisabilityCodingDetails coding) return (null, []);
        var wanted = coding.Evidence.Select((e, i) => (e.AttachmentId, Index: i)).Where(e => e.AttachmentId is not null).ToList();
        if (wanted.Count == 0) return (null, []);
        var ids = wanted.Select(w => w.AttachmentId!.Value).ToList();
        var files = await db.Attachments.Where(a => ids.Contains(a.Id) && a.UnitId == user.UnitId && a.CaseId == null).ToListAsync(ct);
        var errors = wanted.Where(w => files.All(f => f.Id != w.AttachmentId))
            .Select(w => new ValidationError($"disabilityCoding.evidence[{w.Index}].attachmentId",
                "must be a file uploaded from your unit that is not yet attached to a case"))
            .ToList();
        return errors.Count > 0 ? (new CommandResult.Invalid(errors), []) : (null, files);
    }

    private async Task RecordRefusalAsync(string reason, string? caseType, string unitId, DateTime now, CancellationToken ct)
    {
        var knownType = Enum.GetNames<CaseType>().FirstOrDefault(n => string.Equals(n, caseType, StringComparison.OrdinalIgnoreCase));
        db.Refusals.Add(new SubmissionRefusal { At = now, Reason = reason, CaseType = knownType, UnitId = unitId });
        db.PublishAfterCommit(new SubmissionRefused(reason, knownType, unitId, now), now);
        await SaveAsync(ct);
    }

    /// <summary>The indicators' gender code from the personnummer's birth number; null when the case has no person.</summary>
    private static string? GenderCode(Domain.Identity.Sex? sex) => sex switch
    {
        Domain.Identity.Sex.Female => nameof(Domain.Indicators.Gender.Woman),
        Domain.Identity.Sex.Male => nameof(Domain.Indicators.Gender.Man),
        _ => null,
    };

    private void Audit(HubUser user, string action, Guid caseId, string reason, DateTime now) =>
        AuditTrail.Record(db, user, action, caseId, reason, now);

    private async Task SaveAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        signal.Notify();
    }

    /// <summary>Who may act is checked before what they sent: a contact person pressing an officer's button learns
    /// that it is not theirs, not that a field is missing.</summary>
    private static CommandResult? NotAnOfficer(HubUser user) =>
        user.Role == Role.Officer ? null : new CommandResult.Forbidden("Only an employment officer can do this.");

    private static CommandResult? NotAContactPerson(HubUser user) =>
        user.Role == Role.ContactPerson ? null : new CommandResult.Forbidden("Only a contact person can do this.");

    private static CommandResult? RequireText(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
            return new CommandResult.Invalid([new ValidationError(field, "is required")]);
        if (value.Trim().Length > SubmissionLimits.FreeTextMaxLength)
            return new CommandResult.Invalid([new ValidationError(field, $"must be at most {SubmissionLimits.FreeTextMaxLength} characters")]);
        return null;
    }

    private static Task<CommandResult> Invalid(string field, string rule) =>
        Task.FromResult<CommandResult>(new CommandResult.Invalid([new ValidationError(field, rule)]));
}

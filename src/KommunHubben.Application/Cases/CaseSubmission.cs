using KommunHubben.Application.Users;
using KommunHubben.Contracts;
using KommunHubben.Domain.Cases;
using KommunHubben.Application.Auditing;
using KommunHubben.Application.Consents;
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
/// Submitting a case: checks who submits, protected identity, the content's rules, consent and the uploaded evidence,
/// then saves the case, its first history step, the attached files, an audit entry and <see cref="CaseSubmitted"/> in
/// ONE transaction (the outbox). A refusal is recorded (without anything about the person) for the statistics.
/// </summary>
public sealed class CaseSubmission(
    HubDbContext db, PersonalDataProtector protector, ConsentRegister consents, IOptions<WageSubsidyRulesOptions> wageSubsidyRules,
    OutboxSignal signal, ProjectCatalogue projectCatalogue, TimeProvider clock)
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
            return new CommandResult.Refused(RefusalReasons.ProtectedIdentity,
                [new ValidationError("protectedIdentity", RuleCode.ProtectedIdentity)]);
        }

        var projects = await projectCatalogue.IdsAsync(db, ct);
        var (submission, errors) = SubmissionValidator.Validate(input, now, projects, wageSubsidyRules.Value);
        if (submission is null)
            return new CommandResult.Invalid(errors);

        var personHash = submission.Person is null ? null : protector.KeyedHash(submission.Person.Normalized);
        if (ConsentRules.IsRequired(submission.Type, personHash is not null)
            && await consents.WhyNoConsentAsync(personHash, submission.Type, DateOnly.FromDateTime(now), ct) is { } missing)
        {
            await RecordRefusalAsync(RefusalReasons.MissingConsent, submission.Type.ToString(), user.UnitId, now, ct);
            return new CommandResult.Refused(RefusalReasons.MissingConsent,
                [new ValidationError("personalIdentityNumber", missing, submission.Type.ToString())]);
        }

        var attachments = await ClaimUploadsAsync(user, submission.Details, ct);
        if (attachments.Error is { } uploadError)
            return uploadError;

        var content = new ProtectedCaseContent(submission.Person?.Normalized, submission.Details);
        var record = CaseRecord.Submit(
            Guid.NewGuid(), submission.Type, user.UnitId, user.UserId, submission.ProjectId,
            personHash,
            content.Seal(protector), now,
            priorityDate: (submission.Details as WageSubsidyDetails)?.StartDate, subjectCodes: CaseSubject.CodesOf(submission.Details));
        db.Cases.Add(record);
        foreach (var file in attachments.Files) file.AttachTo(record.Id);
        db.PublishAfterCommit(new CaseSubmitted(record.Id, record.Type.ToString(), record.UnitId, now,
            user.UserId, record.ProjectId, GenderCode(submission.Person?.Sex)), now);
        Audit(user, "SubmitCase", record.Id, "case submitted", now);
        // Numbered in a statement of its own, committed at once: every submission takes the year's counter row, and
        // held until the case's commit it made all submissions wait for each other (48 a second under load).
        record.GiveReference(await CaseReferences.NextAsync(db, now, ct));
        await db.SaveChangesAsync(ct);
        signal.Notify();
        return new CommandResult.Ok(record.Id, record.Status.ToString(), record.Version) { Reference = record.Reference };
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
                RuleCode.FileNotYours))
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
}

using KommunHubben.Application.Auditing;
using KommunHubben.Application.Users;
using KommunHubben.Contracts;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Domain.Indicators;
using KommunHubben.Domain.Organisation;
using KommunHubben.Messaging.Outbox;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using KommunHubben.Persistence.Messaging;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Cases;

/// <summary>
/// The contact person's answer to a follow-up after a closure to work or studies (docs/domain.md: 3 and 6 months,
/// self-sufficiency at 6). One answer per case and point; saved with its audit entry and FollowUpRecorded in one
/// transaction, so the coordinators' follow-up figures learn of it through the projection.
/// </summary>
public sealed class FollowUpCommands(HubDbContext db, OutboxSignal signal, TimeProvider clock)
{
    public sealed record FollowUpInput(string? Kind, bool? InWorkOrStudies, bool? SelfSufficient);

    public async Task<CommandResult> RecordAsync(HubUser user, Guid caseId, FollowUpInput input, CancellationToken ct)
    {
        if (user.Role != Role.ContactPerson)
            return new CommandResult.Forbidden("Only a contact person of the case's unit records follow-ups.");
        var errors = new List<ValidationError>();
        if (!Enum.TryParse<FollowUpKind>(input.Kind, ignoreCase: false, out var kind) || int.TryParse(input.Kind, out _))
            errors.Add(new ValidationError("kind", RuleCode.NotInList, string.Join(", ", Enum.GetNames<FollowUpKind>())));
        else if (kind == FollowUpKind.SelfSufficiency6Months && input.SelfSufficient is null)
            errors.Add(new ValidationError("selfSufficient", RuleCode.SelfSufficiencyRequired));
        else if (kind != FollowUpKind.SelfSufficiency6Months && input.InWorkOrStudies is null)
            errors.Add(new ValidationError("inWorkOrStudies", RuleCode.WorkOrStudiesRequired));
        if (errors.Count > 0) return new CommandResult.Invalid(errors);

        var record = await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (record is null || !CaseVisibility.CanSee(user, record)) return new CommandResult.NotFound();
        if (record.Status != CaseStatus.Closed || !ClosureReasonCatalogue.IsWorkOrStudies(record.ClosureReason))
            return new CommandResult.Conflict(ConflictCodes.FollowUpNeedsWorkOrStudies);
        if (await db.FollowUpResults.AnyAsync(f => f.CaseId == caseId && f.Kind == kind.ToString(), ct))
            return new CommandResult.Conflict(ConflictCodes.FollowUpAlreadyRecorded, kind.ToString());

        var now = clock.GetUtcNow().UtcDateTime;
        var positive = kind == FollowUpKind.SelfSufficiency6Months ? input.SelfSufficient!.Value : input.InWorkOrStudies!.Value;
        db.FollowUpResults.Add(new FollowUpResult { CaseId = caseId, Kind = kind.ToString(), Positive = positive, RecordedBy = user.UserId, RecordedAt = now });
        db.PublishAfterCommit(new FollowUpRecorded(caseId, kind.ToString(), positive, user.UserId, now), now);
        AuditTrail.Record(db, user, "RecordFollowUp", caseId, "follow-up after closure", now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two answers at the same moment: the unique (case, kind) index lets one in.
            return new CommandResult.Conflict(ConflictCodes.FollowUpAlreadyRecorded, kind.ToString());
        }
        signal.Notify();
        return new CommandResult.Ok(record.Id, record.Status.ToString(), record.Version);
    }
}

using KommunHubben.Application.Auditing;
using KommunHubben.Application.Cases;
using KommunHubben.Application.Users;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Retention;

/// <summary>
/// Legal holds (bevarande): an administrator stops the retention schedule for one case, e.g. while a court case, an
/// appeal or a request for public documents concerns it, and lifts the hold when that is over. Both need a reason and
/// are written to the audit log. The case's row lock is taken, so a retention batch working on the case finishes
/// first (and the next one sees the hold).
/// </summary>
public sealed class LegalHolds(HubDbContext db, TimeProvider clock)
{
    public const int MaxReasonLength = 500;

    public sealed record HoldView(long Id, Guid CaseId, string? CaseReference, string Reason, string SetBy, DateTime SetAt);

    public async Task<IReadOnlyList<HoldView>?> InForceAsync(HubUser user, CancellationToken ct)
    {
        if (user.Role != Role.Administrator) return null;
        var holds = await db.LegalHolds.AsNoTracking().Where(h => h.LiftedAt == null).OrderByDescending(h => h.SetAt).ToListAsync(ct);
        var references = await CaseReferenceLookup.OfAsync(db, holds.Select(h => h.CaseId).ToList(), ct);
        return holds.Select(h => new HoldView(h.Id, h.CaseId, references.GetValueOrDefault(h.CaseId), h.Reason, h.SetBy, h.SetAt)).ToList();
    }

    public async Task<CommandResult> SetAsync(HubUser user, Guid? caseId, string? reason, CancellationToken ct)
    {
        if (user.Role != Role.Administrator) return new CommandResult.Forbidden("Only an administrator can set a legal hold.");
        var errors = Validate(reason);
        if (caseId is null) errors.Insert(0, new ValidationError("caseId", RuleCode.Required));
        if (errors.Count > 0) return new CommandResult.Invalid(errors);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.LockCaseAsync(caseId!.Value, ct);
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, ct)) return new CommandResult.NotFound();
        if (await db.LegalHolds.AnyAsync(h => h.CaseId == caseId && h.LiftedAt == null, ct))
            return new CommandResult.Conflict(ConflictCodes.LegalHoldInForce);
        var now = clock.GetUtcNow().UtcDateTime;
        db.LegalHolds.Add(new LegalHold { CaseId = caseId.Value, Reason = reason!.Trim(), SetBy = user.UserId, SetAt = now });
        AuditTrail.Record(db, user, "SetLegalHold", caseId, reason.Trim(), now);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new CommandResult.Ok(caseId.Value, "Held", 0);
    }

    public async Task<CommandResult> LiftAsync(HubUser user, long holdId, string? reason, CancellationToken ct)
    {
        if (user.Role != Role.Administrator) return new CommandResult.Forbidden("Only an administrator can lift a legal hold.");
        var errors = Validate(reason);
        if (errors.Count > 0) return new CommandResult.Invalid(errors);
        var hold = await db.LegalHolds.FirstOrDefaultAsync(h => h.Id == holdId && h.LiftedAt == null, ct);
        if (hold is null) return new CommandResult.NotFound();
        var now = clock.GetUtcNow().UtcDateTime;
        hold.Lift(user.UserId, reason!.Trim(), now);
        AuditTrail.Record(db, user, "LiftLegalHold", hold.CaseId, reason.Trim(), now);
        await db.SaveChangesAsync(ct);
        return new CommandResult.Ok(hold.CaseId, "Lifted", 0);
    }

    private static List<ValidationError> Validate(string? reason)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(reason)) errors.Add(new("reason", RuleCode.Required));
        else if (reason.Trim().Length > MaxReasonLength) errors.Add(new("reason", RuleCode.TooLong, MaxReasonLength));
        return errors;
    }
}

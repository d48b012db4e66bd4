using KommunHubben.Application.Auditing;
using System.Text.Json;
using KommunHubben.Application.Users;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using KommunHubben.Persistence.Protection;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Cases;

/// <summary>Reads of cases. Lists carry no personal details; opening one case does, and is audit-logged.</summary>
public sealed class CaseQueries(HubDbContext db, PersonalDataProtector protector, TimeProvider clock)
{
    public const int MaxPageSize = 100;

    /// <summary>A contact person's view: the cases of their own unit, newest first.</summary>
    public async Task<PagedList<CaseSummary>?> ListUnitCasesAsync(HubUser user, int page, int pageSize, CancellationToken ct)
    {
        if (user.Role != Role.ContactPerson || user.UnitId is null) return null;
        return await PageAsync(db.Cases.Where(c => c.UnitId == user.UnitId).OrderByDescending(c => c.SubmittedAt), page, pageSize, ct);
    }

    /// <summary>The unit's cases waiting for its answer to an officer's question, oldest question first.</summary>
    public async Task<IReadOnlyList<CaseSummary>> ListAwaitingUnitAsync(HubUser user, CancellationToken ct)
    {
        if (user.Role != Role.ContactPerson || user.UnitId is null) return [];
        return (await PageAsync(db.Cases.Where(c => c.UnitId == user.UnitId && c.Status == CaseStatus.AwaitingSupplement)
            .OrderBy(c => c.UpdatedAt), 1, MaxPageSize, ct)).Items;
    }

    /// <summary>One case of the contact person's unit as a list row (no personal details, no audit entry).</summary>
    public async Task<CaseSummary?> GetUnitSummaryAsync(HubUser user, Guid caseId, CancellationToken ct)
    {
        if (user.Role != Role.ContactPerson || user.UnitId is null) return null;
        return (await PageAsync(db.Cases.Where(c => c.Id == caseId && c.UnitId == user.UnitId).OrderBy(c => c.Id), 1, 1, ct)).Items.SingleOrDefault();
    }

    /// <summary>An officer's queue: the open cases routed to them, most urgent first unless sorted otherwise.</summary>
    public async Task<PagedList<CaseSummary>?> ListOfficerQueueAsync(HubUser user, QueueFilter filter, int page, int pageSize, CancellationToken ct)
    {
        if (user.Role != Role.Officer) return null;
        var open = CaseLifecycle.OpenInQueueStatuses.ToArray();
        return await PageAsync(filter.Apply(db.Cases.Where(c => c.AssignedOfficerId == user.UserId && open.Contains(c.Status)), db.Deadlines), page, pageSize, ct);
    }

    /// <summary>
    /// One case without its personal details: where it is, what may be done now and its steps (without their notes,
    /// which can hold free text about the person). Needs no audit entry; the officer's page shows this until they ask,
    /// with a reason, to see the details (<see cref="GetAsync"/>).
    /// </summary>
    public async Task<CaseOverview?> GetOverviewAsync(HubUser user, Guid caseId, CancellationToken ct)
    {
        var record = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (record is null || !CaseVisibility.CanSee(user, record)) return null;
        var summary = (await PageAsync(db.Cases.Where(c => c.Id == caseId).OrderBy(c => c.Id), 1, 1, ct)).Items.Single();
        var steps = await db.CaseHistory.AsNoTracking().Where(h => h.CaseId == caseId).OrderBy(h => h.Id).ToListAsync(ct);
        var files = await db.Attachments.AsNoTracking().Where(a => a.CaseId == caseId).OrderBy(a => a.UploadedAt)
            .Select(a => new AttachmentSummary(a.Id, a.FileType, a.Length, null)).ToListAsync(ct);
        return new CaseOverview(summary, record.RoutingReason,
            CaseActionsFor.User(user, record),
            steps.Select(h => new CaseStep(h.At, h.Action.ToString(), h.FromStatus.ToString(), h.ToStatus.ToString(), h.ActorId, null)).ToArray(), files);
    }

    /// <summary>Opens one case with its personal details, writing who read it, when and why.</summary>
    public async Task<CaseView?> GetAsync(HubUser user, Guid caseId, string reason, CancellationToken ct)
    {
        var record = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (record is null || !CaseVisibility.CanSee(user, record)) return null;
        var history = await db.CaseHistory.AsNoTracking().Where(h => h.CaseId == caseId).OrderBy(h => h.Id).ToListAsync(ct);

        AuditTrail.Record(db, user, "ReadPersonalDetails", caseId, reason, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);

        var content = ProtectedCaseContent.Read(protector, record);
        // The original file names are read (decrypted) only here, where the details are shown and the read is logged.
        var attachments = (await db.Attachments.AsNoTracking().Where(a => a.CaseId == caseId).OrderBy(a => a.UploadedAt).ToListAsync(ct))
            .Select(a => new AttachmentSummary(a.Id, a.FileType, a.Length, protector.Unprotect(a.ProtectedName))).ToList();
        return new CaseView(
            record.Id, record.Reference, record.Type.ToString(), record.SubjectCodes, record.Status.ToString(), record.UnitId, record.SubmittedBy, record.ProjectId,
            record.AssignedOfficerId, record.RoutingReason, record.Outcome, record.ClosureReason?.ToString(), record.SubmittedAt, record.UpdatedAt, record.Version,
            content.PersonalIdentityNumber, content.Details,
            record.ProtectedDecision is null ? null
                : JsonSerializer.Deserialize<Domain.Cases.Decisions.DecisionDetails>(protector.Unprotect(record.ProtectedDecision), ProtectedCaseContent.Json),
            attachments,
            CaseActionsFor.User(user, record),
            history.Select(h => new CaseStep(
                h.At, h.Action.ToString(), h.FromStatus.ToString(), h.ToStatus.ToString(), h.ActorId,
                h.ProtectedNote is null ? null : protector.Unprotect(h.ProtectedNote))).ToArray());
    }

    /// <summary>One page of any case query as list rows (no personal details).</summary>
    public async Task<PagedList<CaseSummary>> PageAsync(IQueryable<CaseRecord> query, int page, int pageSize, CancellationToken ct)
    {
        page = Math.Max(page, 1);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var total = await query.CountAsync(ct);
        var items = await query.Skip((page - 1) * pageSize).Take(pageSize)
            .Select(c => new CaseSummary(
                c.Id, c.Reference, c.Type.ToString(), c.SubjectCodes, c.Status.ToString(), c.UnitId, c.ProjectId, c.AssignedOfficerId, c.Outcome,
                c.Priority, c.SubmittedAt, c.UpdatedAt, c.Version,
                db.Deadlines.Where(d => d.CaseId == c.Id && d.FiredAt == null && !d.IsReminder).Min(d => (DateTime?)d.DueAt),
                db.Deadlines.Any(d => d.CaseId == c.Id && d.Result == "Escalated")))
            .ToListAsync(ct);
        return new PagedList<CaseSummary>(items, page, pageSize, total);
    }
}

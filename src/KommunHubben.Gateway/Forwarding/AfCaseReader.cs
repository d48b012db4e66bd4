using System.Text.Json;
using KommunHubben.Application.Cases;
using KommunHubben.Domain.Cases;
using KommunHubben.Gateway.Af;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using KommunHubben.Persistence.Protection;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Gateway.Forwarding;

/// <summary>
/// Reads what AF is sent: the case's personal details and evidence files, or a supplement answer. Each read is
/// audit-logged (actor <c>af-gateway</c>) before the data leaves, once per attempt, because each attempt sends it.
/// </summary>
public sealed class AfCaseReader(HubDbContext db, PersonalDataProtector protector, TimeProvider clock)
{
    public const string Actor = "af-gateway";

    public async Task<AfCaseRequest?> ReadCaseAsync(Guid caseId, CancellationToken ct)
    {
        var record = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (record is null) return null;
        var content = ProtectedCaseContent.Read(protector, record);
        var files = await db.Attachments.AsNoTracking().Where(a => a.CaseId == caseId).OrderBy(a => a.UploadedAt).ToListAsync(ct);
        await AuditAsync(caseId, "ForwardToAf", ct);
        return new AfCaseRequest(
            record.Id, record.Type.ToString(), record.UnitId, record.ProjectId, record.AssignedOfficerId, record.SubmittedAt,
            content.PersonalIdentityNumber,
            JsonSerializer.SerializeToElement(content.Details, content.Details.GetType(), ProtectedCaseContent.Json),
            files.Select(f => new AfDocument(f.Id, f.FileType, Convert.ToBase64String(protector.UnprotectBytes(f.ProtectedContent)))).ToList());
    }

    /// <summary>The answer of supplement round <paramref name="number"/> (1 = first), or null when there is none.</summary>
    public async Task<string?> ReadSupplementAsync(Guid caseId, int number, CancellationToken ct)
    {
        var entry = await db.CaseHistory.AsNoTracking()
            .Where(h => h.CaseId == caseId && h.Action == CaseAction.ProvideSupplement)
            .OrderBy(h => h.Id).Skip(number - 1).FirstOrDefaultAsync(ct);
        if (entry?.ProtectedNote is null) return null;
        await AuditAsync(caseId, "SendSupplementToAf", ct);
        return protector.Unprotect(entry.ProtectedNote);
    }

    private async Task AuditAsync(Guid caseId, string action, CancellationToken ct)
    {
        db.Audit.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime, ActorId = Actor, ActorRole = "System", Action = action, CaseId = caseId,
            Reason = "sent to Arbetsförmedlingen",
        });
        await db.SaveChangesAsync(ct);
    }
}

using System.Text.Json;
using KommunHubben.Application.Auditing;
using KommunHubben.Application.Cases;
using KommunHubben.Application.Retention;
using KommunHubben.Application.Users;
using KommunHubben.Domain.Cases.Decisions;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Domain.Identity;
using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using KommunHubben.Persistence.Protection;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.RegisterExtracts;

/// <summary>
/// Builds a person's register extract for an administrator. The person is found by the keyed hash of their
/// personnummer (the number is never stored or searched in clear); the extract is audit-logged, once for the request
/// and once per case it opens, with the request's reference as the reason.
/// </summary>
public sealed class RegisterExtractQuery(HubDbContext db, PersonalDataProtector protector, TimeProvider clock)
{
    public const int MaxReferenceLength = 64;

    /// <summary>The audit actions that are reads of a person's details, and so belong in the extract.</summary>
    public static readonly IReadOnlySet<string> ReadActions = new HashSet<string>(StringComparer.Ordinal)
    {
        "ReadPersonalDetails", "ReadAttachment", Conversations.CaseConversation.ReadAction, "RegisterExtract",
    };

    private sealed record ConsentContent(string PersonalIdentityNumber, string? InformationScope);

    public async Task<(CommandResult? Error, RegisterExtract? Extract)> CreateAsync(
        HubUser user, string? personalIdentityNumber, string? requestReference, CancellationToken ct)
    {
        if (user.Role != Role.Administrator) return (new CommandResult.Forbidden("Only an administrator can make a register extract."), null);
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = new List<ValidationError>();
        var parsed = PersonalIdentityNumber.Parse(personalIdentityNumber, DateOnly.FromDateTime(now));
        if (!parsed.IsValid) errors.Add(new("personalIdentityNumber", parsed.Code));
        var reference = requestReference?.Trim();
        if (string.IsNullOrEmpty(reference)) errors.Add(new("requestReference", RuleCode.Required));
        else if (reference.Length > MaxReferenceLength) errors.Add(new("requestReference", RuleCode.TooLong, MaxReferenceLength));
        if (errors.Count > 0) return (new CommandResult.Invalid(errors), null);

        var number = parsed.Value!.Normalized;
        var hash = protector.KeyedHash(number);
        var records = await db.Cases.AsNoTracking().Where(c => c.PersonKeyHash == hash).OrderBy(c => c.SubmittedAt).ToListAsync(ct);
        var caseIds = records.Select(c => c.Id).ToList();
        var history = await db.CaseHistory.AsNoTracking().Where(h => caseIds.Contains(h.CaseId)).OrderBy(h => h.Id).ToListAsync(ct);
        var files = await db.Attachments.AsNoTracking().Where(a => a.CaseId != null && caseIds.Contains(a.CaseId.Value)).OrderBy(a => a.UploadedAt).ToListAsync(ct);
        var messages = await db.CaseMessages.AsNoTracking().Where(m => caseIds.Contains(m.CaseId)).OrderBy(m => m.Id).ToListAsync(ct);
        var consents = await db.Consents.AsNoTracking().Where(c => c.PersonKeyHash == hash).OrderBy(c => c.RegisteredAt).ToListAsync(ct);
        var readActions = ReadActions.ToArray();
        var reads = await db.Audit.AsNoTracking()
            .Where(a => a.CaseId != null && caseIds.Contains(a.CaseId.Value) && readActions.Contains(a.Action)).OrderBy(a => a.Id).ToListAsync(ct);
        var names = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var references = await CaseReferenceLookup.OfAsync(db, caseIds, ct);
        string Name(string id) => names.GetValueOrDefault(id) ?? id;
        string UnitName(string id) => units.GetValueOrDefault(id) ?? id;

        var cases = records.Select(c => new ExtractCase(
            c.Id, references.GetValueOrDefault(c.Id), c.Type.ToString(), c.Status.ToString(), UnitName(c.UnitId), c.SubmittedAt, c.UpdatedAt,
            c.Outcome, c.ClosureReason?.ToString(), c.ProtectedDetails is null,
            c.ProtectedDetails is null ? null : ProtectedCaseContent.Read(protector, c).Details,
            c.ProtectedDecision is null ? null : JsonSerializer.Deserialize<DecisionDetails>(protector.Unprotect(c.ProtectedDecision), ProtectedCaseContent.Json),
            history.Where(h => h.CaseId == c.Id).Select(h => new ExtractStep(h.At, h.Action.ToString(), h.FromStatus.ToString(), h.ToStatus.ToString(),
                Name(h.ActorId), h.ProtectedNote is null ? null : protector.Unprotect(h.ProtectedNote))).ToList(),
            files.Where(f => f.CaseId == c.Id).Select(f => new ExtractAttachment(protector.Unprotect(f.ProtectedName), f.FileType, f.Length, f.UploadedAt)).ToList(),
            messages.Where(m => m.CaseId == c.Id).Select(m => new ExtractMessage(m.At, Name(m.AuthorId), m.AuthorRole.ToString(), protector.Unprotect(m.ProtectedText),
                files.FirstOrDefault(f => f.Id == m.AttachmentId) is { } file ? protector.Unprotect(file.ProtectedName) : null)).ToList()
        )).ToList();
        var consentViews = consents.Select(c =>
        {
            var content = JsonSerializer.Deserialize<ConsentContent>(protector.Unprotect(c.ProtectedContent), ProtectedCaseContent.Json)!;
            return new ExtractConsent(c.CaseTypes.Split(',', StringSplitOptions.RemoveEmptyEntries), content.InformationScope, c.GivenOn,
                c.GivenHow.ToString(), c.ExpiresOn, UnitName(c.UnitId), Name(c.RegisteredBy), c.RegisteredAt, c.WithdrawnAt);
        }).ToList();
        var readViews = reads.Select(a => new ExtractRead(a.At, Name(a.ActorId), a.ActorId, a.ActorRole, a.Action, a.CaseId!.Value,
            references.GetValueOrDefault(a.CaseId.Value), a.Reason)).ToList();

        // The extract is itself a read of the person's details: logged for the request and for each case it opened.
        var why = $"register extract {reference}";
        AuditTrail.Record(db, user, "RegisterExtractRequest", null, why, now);
        foreach (var id in caseIds) AuditTrail.Record(db, user, "RegisterExtract", id, why, now);
        await db.SaveChangesAsync(ct);

        return (null, new RegisterExtract(reference!, now, Name(user.UserId), number, cases, consentViews, readViews));
    }
}

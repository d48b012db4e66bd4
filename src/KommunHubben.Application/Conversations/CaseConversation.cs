using KommunHubben.Application.Attachments;
using KommunHubben.Application.Auditing;
using KommunHubben.Application.Cases;
using KommunHubben.Application.Users;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using KommunHubben.Persistence.Protection;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Conversations;

/// <summary>
/// The conversation on a case. Reading it shows personal data, so each read is audit-logged (action
/// <c>ReadConversation</c>) and marks the other side's messages read by the reader; writing one tells the other side
/// with a notice that names the case, never the text. Nothing of it goes on the broker.
/// </summary>
public sealed class CaseConversation(
    HubDbContext db, PersonalDataProtector protector, AttachmentCommands files, CaseQueries queries, TimeProvider clock)
{
    public const string ReadAction = "ReadConversation";
    public const string NoticeKind = "MessageReceived";

    /// <summary>A file sent with a message, as the browser posted it.</summary>
    public sealed record MessageFile(string? FileName, long Length, Stream Content);

    /// <summary>The thread, for whoever may see the case; null when they may not (or it does not exist).</summary>
    public async Task<ConversationView?> ReadAsync(HubUser user, Guid caseId, string reason, CancellationToken ct)
    {
        var record = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (record is null || !CaseVisibility.CanSee(user, record)) return null;
        var now = clock.GetUtcNow().UtcDateTime;

        var messages = await db.CaseMessages.AsNoTracking().Where(m => m.CaseId == caseId).OrderBy(m => m.Id).ToListAsync(ct);
        var messageIds = messages.Select(m => m.Id).ToList();
        var reads = await db.CaseMessageReads.AsNoTracking().Where(r => messageIds.Contains(r.MessageId)).ToListAsync(ct);
        var unread = messages.Where(m => m.AuthorRole != user.Role && !reads.Any(r => r.MessageId == m.Id && r.ReaderId == user.UserId)).ToList();
        foreach (var m in unread)
        {
            var read = new CaseMessageRead { MessageId = m.Id, ReaderId = user.UserId, ReadAt = now };
            db.CaseMessageReads.Add(read);
            reads.Add(read);
        }
        AuditTrail.Record(db, user, ReadAction, caseId, reason, now);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) when (unread.Count > 0)
        {
            // The same person read the thread in another tab a moment earlier: their reads are recorded; log this read alone.
            db.ChangeTracker.Clear();
            AuditTrail.Record(db, user, ReadAction, caseId, reason, now);
            await db.SaveChangesAsync(ct);
        }

        var attachmentIds = messages.Where(m => m.AttachmentId != null).Select(m => m.AttachmentId!.Value).ToList();
        var attachments = await db.Attachments.AsNoTracking().Where(a => attachmentIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => new AttachmentSummary(a.Id, a.FileType, a.Length, protector.Unprotect(a.ProtectedName)), ct);
        var entries = messages.Select(m => new ConversationEntry(
            m.Id, m.At, m.AuthorId, m.AuthorRole.ToString(), ConversationKinds.Message, protector.Unprotect(m.ProtectedText),
            m.AttachmentId is { } file ? attachments.GetValueOrDefault(file) : null,
            reads.Where(r => r.MessageId == m.Id).OrderBy(r => r.ReadAt).Select(r => new MessageRead(r.ReaderId, r.ReadAt)).ToList(),
            unread.Contains(m))).ToList();
        entries.AddRange(await SupplementEntriesAsync(caseId, ct));

        return new ConversationView(caseId, ConversationRules.MayWrite(user, record), ConversationRules.IsClosed(record),
            entries.OrderBy(e => e.At).ThenBy(e => e.MessageId ?? 0).ToList());
    }

    /// <summary>Adds a message (and its file) to the case and tells the other side.</summary>
    public async Task<CommandResult> PostAsync(HubUser user, Guid caseId, string? text, MessageFile? file, CancellationToken ct) =>
        await PostAsync(user, caseId, text, file, attachmentId: null, ct);

    /// <summary>The API's way: the file was uploaded first (by the contact person) and is named by its id.</summary>
    public async Task<CommandResult> PostAsync(HubUser user, Guid caseId, string? text, Guid? attachmentId, CancellationToken ct) =>
        await PostAsync(user, caseId, text, file: null, attachmentId, ct);

    private async Task<CommandResult> PostAsync(HubUser user, Guid caseId, string? text, MessageFile? file, Guid? attachmentId, CancellationToken ct)
    {
        var record = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (record is null || !CaseVisibility.CanSee(user, record)) return new CommandResult.NotFound();
        if (!ConversationRules.IsParty(user, record)) // The page offers no form to others; this answers the API.
            return new CommandResult.Forbidden("Only the contact persons of the case's unit and the officer holding it write on it.");
        if (ConversationRules.IsClosed(record)) return new CommandResult.Invalid([new ValidationError("text", RuleCode.ConversationClosed)]);

        var errors = new List<ValidationError>();
        var trimmed = FieldRules.RequireText(text, "text", errors, ConversationRules.MaxLength);

        Attachment? attachment = null;
        if (file is { Length: > 0 })
        {
            var (error, stored) = await files.StoreAsync(user.UserId, record.UnitId, file.FileName, file.Length, file.Content, ct);
            if (error is CommandResult.Invalid invalid) errors.AddRange(invalid.Errors);
            attachment = stored;
        }
        else if (attachmentId is { } id)
        {
            attachment = await db.Attachments.FirstOrDefaultAsync(a => a.Id == id && a.UploadedBy == user.UserId && a.CaseId == null, ct);
            if (attachment is null) errors.Add(new("attachmentId", RuleCode.FileNotYours));
        }
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear(); // a stored file of a refused message is not kept
            return new CommandResult.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        attachment?.AttachTo(caseId);
        db.CaseMessages.Add(new CaseMessage
        {
            CaseId = caseId, At = now, AuthorId = user.UserId, AuthorRole = user.Role,
            ProtectedText = protector.Protect(trimmed!), AttachmentId = attachment?.Id,
        });
        if (ConversationRules.OtherSide(user, record) is { } recipient)
            db.Notifications.Add(new Notification { RecipientId = recipient, CaseId = caseId, Kind = NoticeKind, At = now });
        await db.SaveChangesAsync(ct);
        return new CommandResult.Ok(caseId, record.Status.ToString(), record.Version) { Reference = record.Reference };
    }

    /// <summary>Messages from the other side this person has not read, per case (cases without any are left out).</summary>
    public async Task<IReadOnlyDictionary<Guid, int>> UnreadByCaseAsync(HubUser user, IReadOnlyCollection<Guid> caseIds, CancellationToken ct)
    {
        if (caseIds.Count == 0) return new Dictionary<Guid, int>();
        return await Unread(user).Where(m => caseIds.Contains(m.CaseId))
            .GroupBy(m => m.CaseId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
    }

    /// <summary>The cases this person talks on (their unit's, or the ones they hold) with messages they have not read,
    /// as list rows (no personal details), with how many each.</summary>
    public async Task<IReadOnlyList<(CaseSummary Case, int Unread)>> ListUnreadAsync(HubUser user, CancellationToken ct)
    {
        var mine = user.Role switch
        {
            Role.ContactPerson => db.Cases.Where(c => c.UnitId == user.UnitId),
            Role.Officer => db.Cases.Where(c => c.AssignedOfficerId == user.UserId),
            _ => db.Cases.Where(c => false),
        };
        var counts = await Unread(user).Where(m => mine.Any(c => c.Id == m.CaseId))
            .GroupBy(m => m.CaseId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        if (counts.Count == 0) return [];
        var ids = counts.Keys.ToList();
        var rows = await queries.PageAsync(db.Cases.Where(c => ids.Contains(c.Id)).OrderByDescending(c => c.UpdatedAt), 1, CaseQueries.MaxPageSize, ct);
        return rows.Items.Select(c => (c, counts[c.Id])).ToList();
    }

    private IQueryable<CaseMessage> Unread(HubUser user) =>
        db.CaseMessages.Where(m => m.AuthorRole != user.Role
            && !db.CaseMessageReads.Any(r => r.MessageId == m.Id && r.ReaderId == user.UserId));

    /// <summary>The officer's questions and the unit's answers, as the case's history holds them.</summary>
    private async Task<IEnumerable<ConversationEntry>> SupplementEntriesAsync(Guid caseId, CancellationToken ct)
    {
        var steps = await db.CaseHistory.AsNoTracking()
            .Where(h => h.CaseId == caseId && (h.Action == CaseAction.RequestSupplement || h.Action == CaseAction.ProvideSupplement))
            .OrderBy(h => h.Id).ToListAsync(ct);
        return steps.Select(h => new ConversationEntry(
            null, h.At, h.ActorId, h.Action == CaseAction.RequestSupplement ? nameof(Role.Officer) : nameof(Role.ContactPerson),
            h.Action == CaseAction.RequestSupplement ? ConversationKinds.SupplementQuestion : ConversationKinds.SupplementAnswer,
            h.ProtectedNote is null ? null : protector.Unprotect(h.ProtectedNote), null, []));
    }
}

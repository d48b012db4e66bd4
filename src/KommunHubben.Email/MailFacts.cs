using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KommunHubben.Email;

/// <summary>Who a mail goes to: their role (for the link), their address and language.</summary>
public sealed record MailRecipient(string UserId, Role Role, string? Address, string Language, bool Active, MailSettings Settings);

/// <summary>What a mail may say about a case: codes, the reference and the unit's name. Nothing personal is read.</summary>
public sealed record CaseSummary(Guid Id, string Reference, string TypeCode, string UnitName, CaseStatus Status, DateTime SubmittedAt)
{
    public bool IsOpen => Status is not (CaseStatus.Closed or CaseStatus.Rejected or CaseStatus.Withdrawn or CaseStatus.Stopped);
}

/// <summary>Reads the non-personal facts mails are composed from.</summary>
public sealed class MailFacts(HubDbContext db, IOptions<EmailOptions> options)
{
    public async Task<Dictionary<string, MailRecipient>> RecipientsAsync(IEnumerable<string> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(ct);
        var settings = await db.MailSettings.AsNoTracking().Where(s => ids.Contains(s.UserId)).ToDictionaryAsync(s => s.UserId, ct);
        return users.ToDictionary(u => u.Id, u =>
        {
            var own = settings.GetValueOrDefault(u.Id) ?? MailSettings.DefaultsFor(u.Id, u.Role);
            return new MailRecipient(u.Id, u.Role, AddressOf(u.Id, own), own.Language, u.Active, own);
        });
    }

    /// <summary>The person's own address, else the configured default domain's, else none.</summary>
    public string? AddressOf(string userId, MailSettings settings) =>
        !string.IsNullOrWhiteSpace(settings.Address) ? settings.Address
        : options.Value.DefaultAddressDomain is { Length: > 0 } domain ? $"{userId}@{domain}"
        : null;

    public async Task<Dictionary<Guid, CaseSummary>> CasesAsync(IEnumerable<Guid> caseIds, CancellationToken ct)
    {
        var ids = caseIds.Distinct().ToList();
        var rows = await (from c in db.Cases.AsNoTracking()
                          where ids.Contains(c.Id)
                          join u in db.Units.AsNoTracking() on c.UnitId equals u.Id into units
                          from u in units.DefaultIfEmpty()
                          select new { c.Id, c.Reference, c.Type, c.Status, c.SubmittedAt, UnitName = u == null ? c.UnitId : u.Name }).ToListAsync(ct);
        // Every case has its reference from its submission (the migration numbered the older ones). A mail never carries
        // the case's id instead: its digits are no use to a reader and can look like a personnummer.
        return rows.ToDictionary(r => r.Id, r => new CaseSummary(r.Id, r.Reference ?? "–", r.Type.ToString(), r.UnitName, r.Status, r.SubmittedAt));
    }
}

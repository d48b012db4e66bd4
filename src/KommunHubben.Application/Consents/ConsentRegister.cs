using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Domain.Cases;
using KommunHubben.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Consents;

/// <summary>Answers "may a case of this type about this person be sent today?" from the consent register.</summary>
public sealed class ConsentRegister(HubDbContext db)
{
    /// <returns>null when some consent covers the case; otherwise why not, as a <see cref="RuleCode"/>.</returns>
    public async Task<string?> WhyNoConsentAsync(string? personHash, CaseType type, DateOnly today, CancellationToken ct)
    {
        if (personHash is null) return RuleCode.NoConsentRegistered;
        var consents = await db.Consents.AsNoTracking().Where(c => c.PersonKeyHash == personHash).ToListAsync(ct);
        if (consents.Count == 0) return RuleCode.NoConsentRegistered;
        var reasons = consents.Select(c => c.WhyNotCovering(type, today)).ToList();
        return reasons.Any(r => r is null) ? null : reasons.OrderBy(r => r, StringComparer.Ordinal).First();
    }
}

using KommunHubben.Domain.Notifications;
using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace KommunHubben.Email;

/// <summary>One person's e-mail settings as the settings page shows them: their own, or their role's defaults.</summary>
public sealed record MailSettingsView(string UserId, Role Role, MailSettings Settings, string? EffectiveAddress);

/// <summary>What the settings form sends; null choices keep what was there.</summary>
public sealed record MailSettingsInput(string? Address, string? Language, int? DigestHour, IReadOnlyDictionary<NoticeCategory, MailDelivery> Deliveries);

/// <summary>
/// Reads and saves per-person e-mail settings. Validation answers with (field, code) pairs; the web layer words them.
/// Codes: address/NotAnAddress, language/UnknownLanguage, digestHour/HourOutOfRange.
/// </summary>
public sealed class MailSettingsStore(HubDbContext db, MailFacts facts, TimeProvider clock)
{
    public static readonly string[] Languages = ["sv", "en"];

    public async Task<MailSettingsView?> GetAsync(string userId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null) return null;
        var settings = await db.MailSettings.AsNoTracking().FirstOrDefaultAsync(s => s.UserId == userId, ct) ?? MailSettings.DefaultsFor(userId, user.Role);
        return new MailSettingsView(userId, user.Role, settings, facts.AddressOf(userId, settings));
    }

    /// <returns>The problems, by field and code; empty when saved.</returns>
    public async Task<IReadOnlyList<(string Field, string Code)>> SaveAsync(string userId, MailSettingsInput input, CancellationToken ct)
    {
        var problems = Validate(input);
        if (problems.Count > 0) return problems;
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == userId, ct);
        var settings = await db.MailSettings.FirstOrDefaultAsync(s => s.UserId == userId, ct);
        if (settings is null)
        {
            settings = MailSettings.DefaultsFor(userId, user.Role);
            db.MailSettings.Add(settings);
        }
        settings.Address = string.IsNullOrWhiteSpace(input.Address) ? null : input.Address.Trim();
        settings.Language = input.Language ?? settings.Language;
        settings.DigestHour = input.DigestHour ?? settings.DigestHour;
        foreach (var (category, delivery) in input.Deliveries) settings.Choose(category, delivery);
        settings.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return [];
    }

    private static List<(string Field, string Code)> Validate(MailSettingsInput input)
    {
        var problems = new List<(string, string)>();
        if (!string.IsNullOrWhiteSpace(input.Address) && !IsAddress(input.Address.Trim())) problems.Add(("address", "NotAnAddress"));
        if (input.Language is not null && !Languages.Contains(input.Language)) problems.Add(("language", "UnknownLanguage"));
        if (input.DigestHour is < 0 or > 23) problems.Add(("digestHour", "HourOutOfRange"));
        return problems;
    }

    private static bool IsAddress(string text) =>
        text.Length <= 254 && MailboxAddress.TryParse(text, out var mailbox) && string.IsNullOrEmpty(mailbox.Name)
        && mailbox.Address == text && text.IndexOf('@') is > 0 and var at && at < text.Length - 1;
}

using KommunHubben.Domain.Cases;

namespace KommunHubben.Domain.Consents;

/// <summary>
/// When a consent runs out. A consent is in force up to and including its expiry day (<see cref="ConsentRules"/>);
/// the contact person is told some days before, so they can ask the person for a new consent, and on the day after
/// the expiry day the open cases resting on it stop as on withdrawal. A case rests on a consent when the consent
/// covers its type and no other consent of the person will cover it instead.
/// </summary>
public static class ConsentExpiry
{
    /// <summary>How many days before the expiry day the notice goes (assumed: 30; configurable).</summary>
    public const int DefaultNoticeDays = 30;

    /// <summary>The notice is due from <paramref name="noticeDays"/> days before the expiry day up to that day itself.</summary>
    public static bool IsDueForNotice(DateOnly expiresOn, DateOnly today, int noticeDays) =>
        today <= expiresOn && expiresOn.DayNumber - today.DayNumber <= noticeDays;

    /// <summary>A consent has lapsed from the day after its expiry day.</summary>
    public static bool HasLapsed(DateOnly expiresOn, DateOnly today) => today > expiresOn;

    /// <summary>
    /// Whether an open case of <paramref name="type"/> rests on the consent <paramref name="ending"/>: it covers the type,
    /// and none of the person's <paramref name="others"/> covers it on <paramref name="day"/> (the day after the expiry
    /// day when warning, today when the consent has lapsed).
    /// </summary>
    public static bool CaseRestsOn(ConsentTerms ending, IEnumerable<ConsentTerms> others, CaseType type, DateOnly day) =>
        ending.Scope.Contains(type)
        && !others.Any(o => ConsentRules.WhyNotCovering(o.Scope, o.GivenOn, o.ExpiresOn, o.Withdrawn, type, day) is null);
}

/// <summary>What of a consent decides which cases it covers on a given day.</summary>
public sealed record ConsentTerms(IReadOnlySet<CaseType> Scope, DateOnly GivenOn, DateOnly ExpiresOn, bool Withdrawn);

using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Consents;

namespace KommunHubben.Persistence.Entities;

/// <summary>
/// A person's consent. The person is found through <see cref="PersonKeyHash"/>; the number itself is kept only
/// encrypted, with the information scope, in <see cref="ProtectedContent"/>.
/// </summary>
public sealed class ConsentRecord
{
    public required Guid Id { get; init; }
    public required string PersonKeyHash { get; init; }
    public required byte[] ProtectedContent { get; init; }
    /// <summary>Comma-separated case types, e.g. "IndividualPlanning,DisabilityCoding".</summary>
    public required string CaseTypes { get; init; }
    public required DateOnly GivenOn { get; init; }
    public required ConsentGivenHow GivenHow { get; init; }
    public required DateOnly ExpiresOn { get; init; }
    public required string RegisteredBy { get; init; }
    public required string UnitId { get; init; }
    public required DateTime RegisteredAt { get; init; }
    public DateTime? WithdrawnAt { get; private set; }
    public string? WithdrawnBy { get; private set; }
    /// <summary>When the contact persons were told the consent runs out; set once, so the notice goes once.</summary>
    public DateTime? ExpiryNoticeSentAt { get; private set; }
    /// <summary>When the hub stopped the open cases resting on the lapsed consent; set once, so nothing stops twice.</summary>
    public DateTime? LapseHandledAt { get; private set; }

    public IReadOnlySet<CaseType> Scope => CaseTypes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<CaseType>).ToHashSet();

    public ConsentTerms Terms => new(Scope, GivenOn, ExpiresOn, WithdrawnAt is not null);

    public string? WhyNotCovering(CaseType type, DateOnly today) =>
        ConsentRules.WhyNotCovering(Scope, GivenOn, ExpiresOn, WithdrawnAt is not null, type, today);

    public void Withdraw(string by, DateTime at)
    {
        WithdrawnAt = at;
        WithdrawnBy = by;
    }

    public void RecordExpiryNoticeSent(DateTime at) => ExpiryNoticeSentAt ??= at;

    public void RecordLapseHandled(DateTime at) => LapseHandledAt ??= at;
}

using KommunHubben.Domain.Consents;

namespace KommunHubben.Application.Consents;

/// <summary>Configuration section <c>Hub:ConsentExpiry</c> (environment <c>Hub__ConsentExpiry__*</c>); see docs/consent-expiry.md.</summary>
public sealed class ConsentExpiryOptions
{
    public const string Section = "Hub:ConsentExpiry";

    /// <summary>Whether the scheduled job runs in this process (the workflow worker and the embedded host).</summary>
    public bool Enabled { get; set; } = true;
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromHours(1);
    /// <summary>How many days before a consent's expiry day the contact person is told.</summary>
    public int NoticeDays { get; set; } = ConsentExpiry.DefaultNoticeDays;
    /// <summary>Consents per transaction: small, so no case stays locked long.</summary>
    public int BatchSize { get; set; } = 50;
}

using KommunHubben.Domain.Cases;

namespace KommunHubben.Application.Retention;

/// <summary>
/// The retention schedule (gallringsplan), configuration section <c>Hub:Retention</c> (environment
/// <c>Hub__Retention__*</c>). Periods of a finished case run from the day it was finished; null means "keep". The
/// defaults and their legal basis are explained in docs/retention.md and must be confirmed against the city's own
/// document-management plan (dokumenthanteringsplan) before go-live.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Hub:Retention";

    /// <summary>Whether the scheduled job runs in this process (the workflow worker and the embedded host).</summary>
    public bool Enabled { get; set; } = true;
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromHours(1);
    /// <summary>Cases (or rows) per transaction: small, so no lock is held long.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Periods for a finished case's data, for every case type not named in <see cref="ByCaseType"/>.</summary>
    public CaseDataRetention FinishedCases { get; set; } = CaseDataRetention.Defaults();
    /// <summary>Overrides per case type; a period left out here falls back to <see cref="FinishedCases"/>.</summary>
    public Dictionary<CaseType, CaseDataRetention> ByCaseType { get; set; } = [];

    /// <summary>Uploaded files never attached to a submitted case (the form was abandoned or refused).</summary>
    public TimeSpan UnattachedUploads { get; set; } = TimeSpan.FromHours(24);
    /// <summary>Traces of refused submissions (reason code, type, unit — the coordinators' counts live in reporting).</summary>
    public int? RefusedSubmissionDays { get; set; } = 90;
    public int? NotificationDays { get; set; } = 180;
    /// <summary>The messaging's inbox rows and published outbox rows (duplicate detection needs them only briefly).</summary>
    public int? MessagingRowDays { get; set; } = 30;

    /// <summary>The period in months for one kind of data of one case type, or null to keep it.</summary>
    public int? MonthsFor(CaseType type, Func<CaseDataRetention, int?> kind) =>
        (ByCaseType.TryGetValue(type, out var own) ? kind(own) : null) ?? kind(FinishedCases);
}

/// <summary>Months after a case is finished (closed, rejected, withdrawn or stopped) until each kind of its data goes.</summary>
public sealed class CaseDataRetention
{
    /// <summary>The personnummer and the case's form details (encrypted) and the person's lookup hash.</summary>
    public int? PersonalDetailsMonths { get; set; }
    /// <summary>Free-text notes on history steps (questions, answers, supplement texts).</summary>
    public int? FreeTextMonths { get; set; }
    /// <summary>The decision's content; the non-personal outcome code stays.</summary>
    public int? DecisionContentMonths { get; set; }
    public int? AttachmentMonths { get; set; }
    /// <summary>Messages written on the case (the case conversation), where the hub has one.</summary>
    public int? MessageMonths { get; set; }

    /// <summary>The defaults: 24 months for everything (see docs/retention.md for why).</summary>
    public static CaseDataRetention Defaults() => new()
    {
        PersonalDetailsMonths = 24, FreeTextMonths = 24, DecisionContentMonths = 24, AttachmentMonths = 24, MessageMonths = 24,
    };
}

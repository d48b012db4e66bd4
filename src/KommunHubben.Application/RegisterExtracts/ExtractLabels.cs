namespace KommunHubben.Application.RegisterExtracts;

/// <summary>
/// The words of the extract's PDF, in the reader's language, given by the web layer (the application layer builds no
/// sentences): headings, field names, and functions that name codes, format times and list a record's facts.
/// </summary>
public sealed record ExtractLabels(
    string Title,
    string Intro,
    string RequestReference,
    string GeneratedAt,
    string GeneratedBy,
    string Person,
    string CasesHeading,
    string NoCases,
    string Case,
    string Type,
    string Status,
    string Unit,
    string Submitted,
    string Updated,
    string Outcome,
    string ClosureReason,
    string DetailsHeading,
    string DetailsRemoved,
    string DecisionHeading,
    string HistoryHeading,
    string AttachmentsHeading,
    string MessagesHeading,
    string None,
    string ConsentsHeading,
    string NoConsents,
    string Consent,
    string GivenOn,
    string GivenHow,
    string ExpiresOn,
    string RegisteredBy,
    string Withdrawn,
    string InformationScope,
    string ReadsHeading,
    string NoReads,
    Func<string, string> Code,
    Func<DateTime, string> Time,
    Func<object?, IReadOnlyList<(string Label, string Value)>> Facts);

namespace KommunHubben.Domain.Cases.Submission;

/// <summary>
/// Stands for a case's details after the retention schedule removed them: the case's codes, dates and history steps
/// remain, its personal content is gone. Never stored; read in place of the removed document.
/// </summary>
public sealed record DetailsRemoved : CaseDetails;

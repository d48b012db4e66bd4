namespace KommunHubben.Email;

/// <summary>
/// The reference number a mail names a case by. Until the case record carries its own sequential reference
/// (issue: reference numbers), it is built from the submission year and the start of the case id — stable, not
/// personal, and the same wherever the hub shows it by this accessor.
/// </summary>
public static class CaseReferences
{
    public static string Of(Guid caseId, DateTime submittedAt) =>
        $"KH-{submittedAt.Year}-{caseId.ToString("N")[..6].ToUpperInvariant()}";
}

namespace KommunHubben.Persistence.Entities;

/// <summary>That a submission was refused and why — counted for coordinators. Deliberately nothing about the person.</summary>
public sealed class SubmissionRefusal
{
    public long Id { get; init; }
    public required DateTime At { get; init; }
    public required string Reason { get; init; }
    public string? CaseType { get; init; }
    public required string UnitId { get; init; }
}

public static class RefusalReasons
{
    public const string ProtectedIdentity = "ProtectedIdentity";
    public const string MissingConsent = "MissingConsent";
}

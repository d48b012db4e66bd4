namespace KommunHubben.Contracts;

/// <summary>The contact person recorded a follow-up after a closure to work or studies. <paramref name="Kind"/> is
/// FollowUp3Months, FollowUp6Months or SelfSufficiency6Months; <paramref name="Positive"/> says still in work or
/// studies (or self-sufficient).</summary>
public sealed record FollowUpRecorded(Guid CaseId, string Kind, bool Positive, string ContactPersonId, DateTime RecordedAt);

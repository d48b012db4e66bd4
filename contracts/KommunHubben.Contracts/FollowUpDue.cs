namespace KommunHubben.Contracts;

/// <summary>A follow-up after closure (3 or 6 months, self-sufficiency) is due for the contact person who submitted the case.</summary>
public sealed record FollowUpDue(Guid CaseId, string Kind, string ContactPersonId, DateTime DueAt);

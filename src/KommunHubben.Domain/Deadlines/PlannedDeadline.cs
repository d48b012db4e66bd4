namespace KommunHubben.Domain.Deadlines;

/// <summary>A deadline to store: what, when, and whether it is the reminder that goes before it.</summary>
public sealed record PlannedDeadline(DeadlineKind Kind, DateTime DueAt, bool IsReminder);

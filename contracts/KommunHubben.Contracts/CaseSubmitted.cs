namespace KommunHubben.Contracts;

/// <summary>A contact person's case was accepted and stored; it waits to be routed to an officer.
/// <paramref name="ContactPersonId"/> is the submitting staff member, <paramref name="ProjectId"/> the joint project the
/// case is tagged to, and <paramref name="Gender"/> a code (Woman, Man; null without a person) for the coordinators'
/// indicators — the personnummer it comes from never leaves the database.</summary>
public sealed record CaseSubmitted(
    Guid CaseId, string CaseType, string UnitId, DateTime SubmittedAt,
    string? ContactPersonId = null, string? ProjectId = null, string? Gender = null);

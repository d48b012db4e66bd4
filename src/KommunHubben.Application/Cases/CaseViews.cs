namespace KommunHubben.Application.Cases;

/// <summary>A row in a case list: no personal details, so lists need no audit entry. <see cref="DueAt"/> is the
/// earliest pending SLA deadline; <see cref="Breached"/> marks a case that has escalated.</summary>
public sealed record CaseSummary(
    Guid Id, string? Reference, string Type, string? SubjectCodes, string Status, string UnitId, string? ProjectId, string? AssignedOfficerId, string? Outcome,
    int Priority, DateTime SubmittedAt, DateTime UpdatedAt, int Version, DateTime? DueAt, bool Breached);

/// <summary>One step of a case's history as the contact person and the officer see it.</summary>
public sealed record CaseStep(DateTime At, string Action, string FromStatus, string ToStatus, string ActorId, string? Note);

/// <summary>The full case, personal details included. Producing it writes an audit entry.</summary>
public sealed record CaseView(
    Guid Id, string? Reference, string Type, string? SubjectCodes, string Status, string UnitId, string SubmittedBy, string? ProjectId,
    string? AssignedOfficerId, string? RoutingReason, string? Outcome, string? ClosureReason, DateTime SubmittedAt, DateTime UpdatedAt, int Version,
    string? PersonalIdentityNumber, object Details, object? Decision, IReadOnlyList<AttachmentSummary> Attachments, IReadOnlyList<string> AllowedActions, IReadOnlyList<CaseStep> History);

public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>An evidence file on a case. <see cref="FileName"/> is the uploader's original name (personal-ish, stored
/// encrypted): it is filled only where the case's personal details are shown.</summary>
public sealed record AttachmentSummary(Guid Id, string FileType, long Length, string? FileName = null);

/// <summary>A case without personal details: its summary, routing reason, allowed actions and steps without notes.</summary>
public sealed record CaseOverview(CaseSummary Summary, string? RoutingReason, IReadOnlyList<string> AllowedActions, IReadOnlyList<CaseStep> History,
    IReadOnlyList<AttachmentSummary> Attachments);

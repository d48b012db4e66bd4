using System.Text.Json;

namespace KommunHubben.Gateway.Af;

// The JSON AF's side receives and answers (camelCase on the wire). The hub sends the case with its personal details
// here, and only here: AF needs them to handle the case, and the person consented to exactly this exchange.

/// <summary>POST /cases: a case for AF, with its details and evidence documents.</summary>
public sealed record AfCaseRequest(
    Guid HubCaseId, string CaseType, string UnitId, string? ProjectId, string? OfficerId, DateTime SubmittedAt,
    string? PersonalIdentityNumber, JsonElement Details, IReadOnlyList<AfDocument> Documents);

/// <summary>An evidence file sent with a case.</summary>
public sealed record AfDocument(Guid DocumentId, string FileType, string ContentBase64);

/// <summary>AF's answer to POST /cases: its reference for the case.</summary>
public sealed record AfCaseReceipt(string AfReference, string Status, DateTime ReceivedAt);

/// <summary>AF's view of a case (GET /cases/{afReference}); the answer carries an ETag for conditional polling.</summary>
public sealed record AfCaseStatusView(string AfReference, Guid HubCaseId, string Status, string? Outcome, DateTime UpdatedAt);

/// <summary>POST /cases/{afReference}/supplements: the contact person's answer to AF's question.</summary>
public sealed record AfSupplementRequest(Guid HubCaseId, int SupplementNumber, string Answer);

/// <summary>POST /cases/{afReference}/acknowledgements: the hub has recorded this status.</summary>
public sealed record AfAcknowledgementRequest(Guid HubCaseId, string Status);

/// <summary>AF's receipt for a supplement or an acknowledgement.</summary>
public sealed record AfReceipt(string AfReference, DateTime ReceivedAt);

namespace KommunHubben.Api.Endpoints;

/// <summary>The answer to a submission: the new case's id, its reference number (to quote in every contact), status and version.</summary>
public sealed record CaseSubmittedResponse(Guid Id, string Reference, string Status, int Version);

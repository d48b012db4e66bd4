using KommunHubben.Domain.Cases.Submission;

namespace KommunHubben.Application.Cases;

/// <summary>The personal part of a case, serialised and encrypted as one document.</summary>
public sealed record ProtectedCaseContent(string? PersonalIdentityNumber, CaseDetails Details);

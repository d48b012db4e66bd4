using KommunHubben.Domain.Identity;

namespace KommunHubben.Domain.Cases.Submission;

/// <summary>A submission that passed every rule, ready to be stored.</summary>
public sealed record ValidatedSubmission(
    CaseType Type,
    PersonalIdentityNumber? Person,
    string? ProjectId,
    CaseDetails Details);

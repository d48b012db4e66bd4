namespace KommunHubben.Domain.Cases.Submission;

/// <summary>What a contact person sends to submit a case, before validation. Fields are loosely typed
/// (strings) so that a wrong value becomes a clear error naming the field, not a parser exception.</summary>
public sealed record SubmitCaseInput(
    string? CaseType,
    string? PersonalIdentityNumber,
    string? ProjectId,
    GeneralQuestionInput? GeneralQuestion,
    IndividualPlanningInput? IndividualPlanning,
    bool? ProtectedIdentity = null,
    DisabilityCoding.DisabilityCodingInput? DisabilityCoding = null,
    WageSubsidy.WageSubsidyRequestInput? WageSubsidy = null);

public sealed record GeneralQuestionInput(string? Topic, string? Question);

public sealed record IndividualPlanningInput(string? Kind, string? Purpose, IReadOnlyList<DateTime>? ProposedMeetingTimes);

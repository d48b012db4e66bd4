using System.Text.Json.Serialization;

namespace KommunHubben.Domain.Cases.Submission;

/// <summary>
/// The type-specific content of a case. It may hold personal and health details, so it is stored only
/// encrypted (as one JSON document) and never leaves the database in a message.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(GeneralQuestionDetails), "generalQuestion")]
[JsonDerivedType(typeof(IndividualPlanningDetails), "individualPlanning")]
[JsonDerivedType(typeof(DisabilityCoding.DisabilityCodingDetails), "disabilityCoding")]
[JsonDerivedType(typeof(WageSubsidy.WageSubsidyDetails), "wageSubsidy")]
public abstract record CaseDetails;

public sealed record GeneralQuestionDetails(GeneralQuestionTopic Topic, string Question) : CaseDetails;

public sealed record IndividualPlanningDetails(
    IndividualPlanningKind Kind,
    string Purpose,
    IReadOnlyList<DateTime> ProposedMeetingTimes) : CaseDetails;

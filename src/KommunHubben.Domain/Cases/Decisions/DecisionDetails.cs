using System.Text.Json.Serialization;
using KommunHubben.Domain.Cases.DisabilityCoding;

namespace KommunHubben.Domain.Cases.Decisions;

/// <summary>The content of a decision. It can hold health data (a coded category), so it is stored encrypted;
/// only the outcome code is a plain column and travels in messages.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(AnsweredDecision), "answered")]
[JsonDerivedType(typeof(MeetingBookedDecision), "meetingBooked")]
[JsonDerivedType(typeof(InformationSentDecision), "informationSent")]
[JsonDerivedType(typeof(DeclinedDecision), "declined")]
[JsonDerivedType(typeof(CodedDecision), "coded")]
[JsonDerivedType(typeof(NotCodedDecision), "notCoded")]
[JsonDerivedType(typeof(GrantedDecision), "granted")]
[JsonDerivedType(typeof(RejectedDecision), "rejected")]
[JsonDerivedType(typeof(EnrolledDecision), "enrolled")]
[JsonDerivedType(typeof(SupportAssignedDecision), "supportAssigned")]
public abstract record DecisionDetails(string Outcome);

public sealed record AnsweredDecision(string Answer) : DecisionDetails(CaseOutcomes.Answered);
public sealed record MeetingBookedDecision(DateTime MeetingAt, string Place, string? Note) : DecisionDetails(CaseOutcomes.MeetingBooked);
public sealed record InformationSentDecision(string Summary) : DecisionDetails(CaseOutcomes.InformationSent);
public sealed record DeclinedDecision(string Reason) : DecisionDetails(CaseOutcomes.Declined);
public sealed record CodedDecision(DisabilityCategory Category, string? Note) : DecisionDetails(CaseOutcomes.Coded);
public sealed record NotCodedDecision(string Reason) : DecisionDetails(CaseOutcomes.NotCoded);
public sealed record GrantedDecision(
    DateOnly Start, DateOnly End, int Months, decimal SubsidyBasis, int SubsidyPercent, decimal MonthlySubsidy, string? Note)
    : DecisionDetails(CaseOutcomes.Granted);
public sealed record RejectedDecision(string Reason) : DecisionDetails(CaseOutcomes.Rejected);
public sealed record EnrolledDecision(string? Note) : DecisionDetails(CaseOutcomes.Enrolled);
public sealed record SupportAssignedDecision(string Description) : DecisionDetails(CaseOutcomes.SupportAssigned);

namespace KommunHubben.Api.Endpoints;

/// <summary>Body of the case actions. Each action reads the fields it needs; <see cref="ExpectedVersion"/> turns a
/// stale edit into a 409 instead of a silent overwrite.</summary>
public sealed record CaseActionRequest(
    int? ExpectedVersion = null,
    string? Question = null,
    string? Answer = null,
    string? Outcome = null,
    string? Explanation = null,
    string? ReasonCode = null,
    DateTime? MeetingAt = null,
    string? MeetingPlace = null,
    string? Category = null,
    int? GrantedMonths = null,
    int? SubsidyPercent = null,
    string? ClosureReason = null,
    string? ToOfficerId = null)
{
    public Domain.Cases.Decisions.DecisionInput ToDecision() =>
        new(Outcome, Explanation, MeetingAt, MeetingPlace, Category, GrantedMonths, SubsidyPercent);
}

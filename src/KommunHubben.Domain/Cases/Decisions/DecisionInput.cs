namespace KommunHubben.Domain.Cases.Decisions;

/// <summary>What an officer sends to decide a case. Which fields are needed depends on the outcome.</summary>
public sealed record DecisionInput(
    string? Outcome,
    string? Explanation,
    DateTime? MeetingAt = null,
    string? MeetingPlace = null,
    string? Category = null,
    int? GrantedMonths = null,
    int? SubsidyPercent = null);

namespace KommunHubben.Domain.Cases.Submission;

/// <summary>One broken rule: which field (as the client named it, e.g. "individualPlanning.purpose") and what the rule is.
/// The message never repeats the value that was sent: it may be personal data.</summary>
public sealed record ValidationError(string Field, string Rule);

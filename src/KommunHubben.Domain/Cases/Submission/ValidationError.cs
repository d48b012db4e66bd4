namespace KommunHubben.Domain.Cases.Submission;

/// <summary>One broken rule: which field (as the client named it, e.g. "individualPlanning.purpose"), the rule's
/// <see cref="RuleCode"/> and its arguments (a limit, a list of allowed values). Worded for the reader by the web and
/// API layers. The arguments never repeat the value that was sent: it may be personal data.</summary>
public sealed record ValidationError(string Field, string Code, params object[] Args);

namespace KommunHubben.Workflow;

/// <summary>
/// An event about a case that is not (yet) in the state the event reports: the case does not exist, or the step the
/// event announces is not in its history. It arrived before what caused it, or it is forged. Thrown so the message
/// is retried in-process and then kept in the endpoint's _error queue with this reason, for an administrator to
/// re-drive once the case has caught up — never silently marked as handled.
/// </summary>
public sealed class CaseNotReadyException(string message) : Exception(message);

namespace KommunHubben.Operations.DeadLetters;

/// <summary>The operation could not be done for a reason the administrator can act on (broker unreachable, queue or message not found).</summary>
public sealed class DeadLetterOperationException(string message) : Exception(message);

/// <summary>The queue named is not one of the hub's dead-letter queues: a mistake in what was asked, not a failure.</summary>
public sealed class NotADeadLetterQueueException(string message) : ArgumentException(message);

/// <summary>One message cannot be re-driven (its original queue is unknown or gone); a re-drive of all skips it and goes on.</summary>
public sealed class CannotRedriveException(string message) : Exception(message);

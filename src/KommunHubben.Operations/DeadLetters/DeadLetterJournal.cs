namespace KommunHubben.Operations.DeadLetters;

public enum DeadLetterActionKind
{
    Redriven,
    Discarded,
}

/// <summary>One re-drive or discard: which message, from which queue, to where (re-drive), by whose decision and why.</summary>
public sealed record DeadLetterAction(DeadLetterActionKind Kind, string Queue, DeadLetterSummary Message, string? Target, string Reason);

/// <summary>
/// Where re-drives and discards are recorded (the hub's audit log). The desk calls it after the broker confirmed a
/// re-publish, or before a discard, and removes the dead letter only once the record is written: a message never
/// leaves a dead-letter queue unrecorded.
/// </summary>
public interface IDeadLetterJournal
{
    Task RecordAsync(DeadLetterAction action, CancellationToken ct);
}

namespace KommunHubben.Operations.DeadLetters;

/// <summary>
/// One failed message as an administrator sees it: <paramref name="Message"/> lists the top-level keys of the
/// message with the values of id-like keys only, never the body. Times and counts are as the headers carry them.
/// </summary>
public sealed record DeadLetterSummary(
    string? MessageId,
    string MessageType,
    string? Fault,
    string? Consumer,
    string? FaultedAt,
    string? SentAt,
    string? RetryCount,
    string DeliveryCount,
    string? DeadLetteredFrom,
    string Message,
    Guid? CaseId);

using System.Net;

namespace KommunHubben.Gateway.Af;

/// <summary>
/// An AF call that failed after the resilience handler's retries. <see cref="Permanent"/> failures (a 4xx other than
/// 408/429: AF refuses the request itself) are not redelivered — the message goes straight to the error queue.
/// The message names the operation and the status code only, never anything from the case.
/// </summary>
public sealed class AfCallFailedException(string operation, string errorCode, bool permanent, Exception? inner = null)
    : Exception($"AF call '{operation}' failed: {errorCode}", inner)
{
    public string Operation { get; } = operation;
    public string ErrorCode { get; } = errorCode;
    public bool Permanent { get; } = permanent;

    public static AfCallFailedException FromStatus(string operation, HttpStatusCode status) =>
        new(operation, $"http_{(int)status}", permanent: !Resilience.TransientFailures.IsTransient(status));
}

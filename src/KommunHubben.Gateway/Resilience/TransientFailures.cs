using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace KommunHubben.Gateway.Resilience;

/// <summary>
/// Which failures of an AF call are worth retrying: 5xx (except 501 and 505, which no retry changes), 408, 429,
/// attempt timeouts and connection errors (refused, reset, dropped). Everything else — 2xx, 3xx, other 4xx — is
/// answered as it is: a 400 or 422 means AF refuses the request itself, and sending it again would not help.
/// 429 is retried (honouring Retry-After) but does not count against the circuit breaker: AF asking us to slow down
/// is not AF being down.
/// </summary>
public static class TransientFailures
{
    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
        || ((int)status >= 500 && status is not HttpStatusCode.NotImplemented and not HttpStatusCode.HttpVersionNotSupported);

    public static bool IsTransient(Exception exception) =>
        exception is HttpRequestException or TimeoutRejectedException or IOException;

    /// <summary>Retry predicate: a transient status or a transient exception.</summary>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } ex ? IsTransient(ex) : outcome.Result is { } r && IsTransient(r.StatusCode);

    /// <summary>Circuit-breaker predicate: transient failures except 429.</summary>
    public static bool CountsAgainstBreaker(Outcome<HttpResponseMessage> outcome) =>
        ShouldRetry(outcome) && outcome.Result?.StatusCode != HttpStatusCode.TooManyRequests;

    /// <summary>How long a 429 or 503 asks us to wait (Retry-After as seconds or as a date), or null.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date) return date > now ? date - now : TimeSpan.Zero;
        return null;
    }

    /// <summary>A short, data-free code for an attempt's outcome: the metrics tag and the forwarding row's last error.</summary>
    public static string OutcomeCode(HttpResponseMessage? response, Exception? exception) => exception switch
    {
        null when response is null => "unknown",
        null => (int)response!.StatusCode switch
        {
            < 400 => "success",
            429 => "throttled",
            408 => "timeout",
            >= 500 => "server_error",
            _ => "client_error",
        },
        BrokenCircuitException => "circuit_open",
        TimeoutRejectedException => "timeout",
        OperationCanceledException => "timeout",
        HttpRequestException or IOException => "connection_error",
        _ => "error",
    };
}

using KommunHubben.Gateway.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace KommunHubben.Gateway.Resilience;

/// <summary>
/// The resilience pipeline of every AF call, outermost first:
/// total timeout → retry (jittered exponential backoff, Retry-After honoured up to a cap, transient failures only)
/// → circuit breaker (fails fast while AF is down, so messages go back to their redelivery waits instead of piling
/// up timed-out calls) → attempt timeout (cuts a hanging call so the retry can try again).
/// All numbers come from <see cref="AfGatewayOptions"/>; see its remarks for the worst case per message.
/// </summary>
public static class AfResilience
{
    public const string PipelineName = "af";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var o = context.ServiceProvider.GetRequiredService<IOptions<AfGatewayOptions>>().Value;
        var metrics = context.ServiceProvider.GetRequiredService<AfGatewayMetrics>();
        var clock = context.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;

        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "af-total", Timeout = o.TotalTimeout });
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            Name = "af-retry",
            MaxRetryAttempts = o.Retry.MaxRetryAttempts,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = o.Retry.BaseDelay,
            MaxDelay = o.Retry.MaxDelay,
            ShouldRetryAfterHeader = false,
            ShouldHandle = args => ValueTask.FromResult(TransientFailures.ShouldRetry(args.Outcome)),
            // A 429/503 with Retry-After waits as asked (capped); otherwise the exponential backoff decides.
            DelayGenerator = args => ValueTask.FromResult(
                args.Outcome.Result is { } response && TransientFailures.RetryAfter(response, clock.GetUtcNow()) is { } wait
                    ? (TimeSpan?)(wait > o.Retry.MaxRetryAfter ? o.Retry.MaxRetryAfter : wait)
                    : null),
        });
        pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            Name = "af-breaker",
            FailureRatio = o.CircuitBreaker.FailureRatio,
            MinimumThroughput = o.CircuitBreaker.MinimumThroughput,
            SamplingDuration = o.CircuitBreaker.SamplingDuration,
            BreakDuration = o.CircuitBreaker.BreakDuration,
            ShouldHandle = args => ValueTask.FromResult(TransientFailures.CountsAgainstBreaker(args.Outcome)),
            OnOpened = _ => { metrics.RecordCircuit(CircuitStates.Open); return ValueTask.CompletedTask; },
            OnHalfOpened = _ => { metrics.RecordCircuit(CircuitStates.HalfOpen); return ValueTask.CompletedTask; },
            OnClosed = _ => { metrics.RecordCircuit(CircuitStates.Closed); return ValueTask.CompletedTask; },
        });
        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "af-attempt", Timeout = o.AttemptTimeout });
    }
}

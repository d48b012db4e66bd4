using System.Net;
using KommunHubben.Gateway.Af;
using KommunHubben.Gateway.Options;
using KommunHubben.Gateway.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace KommunHubben.Tests.Unit.Gateway;

/// <summary>Which AF answers the gateway retries, which count against the circuit breaker, and the worst case per message.</summary>
public sealed class TransientFailuresTests
{
    [Theory]
    [InlineData(500, true, true)]
    [InlineData(502, true, true)]
    [InlineData(503, true, true)]
    [InlineData(504, true, true)]
    [InlineData(408, true, true)]
    [InlineData(429, true, false)] // retried (Retry-After), but AF throttling is not AF down
    [InlineData(501, false, false)]
    [InlineData(505, false, false)]
    [InlineData(400, false, false)]
    [InlineData(401, false, false)]
    [InlineData(404, false, false)]
    [InlineData(409, false, false)]
    [InlineData(422, false, false)]
    [InlineData(200, false, false)]
    [InlineData(201, false, false)]
    [InlineData(304, false, false)]
    public void Status_codes_are_retried_and_counted_against_the_breaker_only_when_transient(int status, bool retried, bool breaker)
    {
        var outcome = Outcome.FromResult(new HttpResponseMessage((HttpStatusCode)status));
        Assert.Equal(retried, TransientFailures.ShouldRetry(outcome));
        Assert.Equal(breaker, TransientFailures.CountsAgainstBreaker(outcome));
    }

    [Fact]
    public void Connection_errors_and_attempt_timeouts_are_retried_but_an_open_circuit_is_not()
    {
        Assert.True(TransientFailures.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new HttpRequestException("refused"))));
        Assert.True(TransientFailures.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException())));
        Assert.False(TransientFailures.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new BrokenCircuitException())));
        Assert.False(TransientFailures.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new InvalidOperationException())));
    }

    [Fact]
    public void Retry_after_is_read_as_seconds_or_as_a_date()
    {
        var now = DateTimeOffset.Parse("2026-11-24T12:00:00Z");
        var seconds = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        seconds.Headers.TryAddWithoutValidation("Retry-After", "7");
        Assert.Equal(TimeSpan.FromSeconds(7), TransientFailures.RetryAfter(seconds, now));
        var date = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        date.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(now.AddSeconds(30));
        Assert.Equal(TimeSpan.FromSeconds(30), TransientFailures.RetryAfter(date, now));
        Assert.Null(TransientFailures.RetryAfter(new HttpResponseMessage(HttpStatusCode.TooManyRequests), now));
    }

    [Fact]
    public void Only_permanent_refusals_skip_redelivery()
    {
        Assert.True(AfCallFailedException.FromStatus("forward", HttpStatusCode.UnprocessableEntity).Permanent);
        Assert.False(AfCallFailedException.FromStatus("forward", HttpStatusCode.ServiceUnavailable).Permanent);
        Assert.False(AfCallFailedException.FromStatus("forward", HttpStatusCode.TooManyRequests).Permanent);
    }

    [Fact]
    public void The_default_configuration_holds_a_message_about_15_minutes_at_most_below_the_30_minute_consumer_timeout()
    {
        var o = new AfGatewayOptions();
        Assert.Empty(o.Validate());
        Assert.Equal(TimeSpan.FromSeconds(890), o.WorstCaseHoldTime); // 7 × 60 s + 470 s
        Assert.Equal(28, o.WorstCaseCalls); // 7 deliveries × 4 attempts
        Assert.True(o.WorstCaseHoldTime < o.BrokerConsumerTimeout);
    }

    [Fact]
    public void A_configuration_that_could_outlive_the_consumer_timeout_is_refused_at_start_with_the_rule()
    {
        var o = new AfGatewayOptions { TotalTimeout = TimeSpan.FromMinutes(5) };
        Assert.Contains(o.Validate(), p => p.Contains("consumer timeout", StringComparison.Ordinal));
    }

    [Fact]
    public void Idempotency_keys_depend_only_on_case_and_operation()
    {
        var id = Guid.Parse("0b8f5e4e-33c1-4c53-9a52-5f3a9d1f0c11");
        Assert.Equal(IdempotencyKeys.Forward(id), IdempotencyKeys.Forward(id));
        Assert.NotEqual(IdempotencyKeys.Forward(id), IdempotencyKeys.Forward(Guid.NewGuid()));
        Assert.NotEqual(IdempotencyKeys.Supplement(id, 1), IdempotencyKeys.Supplement(id, 2));
        Assert.NotEqual(IdempotencyKeys.Forward(id), IdempotencyKeys.Acknowledge(id, "Decided"));
        Assert.DoesNotContain(id.ToString("N"), IdempotencyKeys.Forward(id).Replace("-", ""));
    }
}

namespace KommunHubben.Gateway.Options;

/// <summary>
/// Configuration section <c>Hub:AfGateway</c>: where Arbetsförmedlingen's endpoint is, how the gateway signs in, and
/// the resilience numbers. The defaults are chosen so that one broker message is never held longer than
/// <see cref="WorstCaseHoldTime"/> (≈ 15 minutes), well under RabbitMQ's consumer timeout (30 minutes by default):
/// <code>
///   deliveries       = Redelivery.Intervals + 1                    = 6 + 1 = 7
///   worst hold time  = deliveries × TotalTimeout + Σ Intervals     = 7 × 60 s + (5+15+30+60+120+240) s = 890 s
///   worst HTTP calls = deliveries × (Retry.MaxRetryAttempts + 1)   = 7 × 4 = 28
/// </code>
/// The total timeout bounds each delivery's Polly work, Retry-After waits included. The start fails when a
/// configuration breaks the consumer-timeout bound (see <see cref="Validate"/>).
/// </summary>
public sealed class AfGatewayOptions
{
    public const string Section = "Hub:AfGateway";

    /// <summary>AF's endpoint (the simulator locally). Required where the gateway runs, unless an in-process simulator supplies it.</summary>
    public Uri? BaseAddress { get; set; }

    public AfAuthenticationOptions Authentication { get; set; } = new();

    /// <summary>Longest single HTTP attempt; a hanging call is cut here and retried.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest time for one call including its retries and backoff waits.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    public AfRetryOptions Retry { get; set; } = new();
    public AfCircuitBreakerOptions CircuitBreaker { get; set; } = new();
    public AfRedeliveryOptions Redelivery { get; set; } = new();
    public AfPollingOptions Polling { get; set; } = new();
    public AfWebhookOptions Webhook { get; set; } = new();

    /// <summary>RabbitMQ's consumer timeout (server setting <c>consumer_timeout</c>, default 30 minutes): a message held
    /// longer makes the broker close the channel. The worst-case hold time must stay below it.</summary>
    public TimeSpan BrokerConsumerTimeout { get; set; } = TimeSpan.FromMinutes(30);

    public int Deliveries => Redelivery.EffectiveIntervals.Count + 1;

    /// <summary>The longest a consumer can hold one message: every delivery using its whole total timeout, plus the
    /// in-process waits between deliveries.</summary>
    public TimeSpan WorstCaseHoldTime =>
        TotalTimeout * Deliveries + Redelivery.EffectiveIntervals.Aggregate(TimeSpan.Zero, (sum, i) => sum + i);

    /// <summary>The most HTTP calls one message can cause (every attempt of every delivery).</summary>
    public int WorstCaseCalls => Deliveries * (Retry.MaxRetryAttempts + 1);

    /// <summary>Rules the start-up checks; an empty list means the options are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (AttemptTimeout <= TimeSpan.Zero) problems.Add($"{Section}:AttemptTimeout must be positive.");
        if (TotalTimeout < AttemptTimeout) problems.Add($"{Section}:TotalTimeout must be at least AttemptTimeout.");
        if (Retry.MaxRetryAttempts is < 1 or > 10) problems.Add($"{Section}:Retry:MaxRetryAttempts must be between 1 and 10.");
        if (CircuitBreaker.FailureRatio is <= 0 or > 1) problems.Add($"{Section}:CircuitBreaker:FailureRatio must be in (0, 1].");
        if (CircuitBreaker.MinimumThroughput < 2) problems.Add($"{Section}:CircuitBreaker:MinimumThroughput must be at least 2.");
        if (CircuitBreaker.BreakDuration < TimeSpan.FromMilliseconds(500)) problems.Add($"{Section}:CircuitBreaker:BreakDuration must be at least 0.5 s.");
        if (CircuitBreaker.SamplingDuration < TimeSpan.FromMilliseconds(500)) problems.Add($"{Section}:CircuitBreaker:SamplingDuration must be at least 0.5 s.");
        if (WorstCaseHoldTime >= BrokerConsumerTimeout)
            problems.Add($"{Section}: the worst-case hold time of one message ({WorstCaseHoldTime}) must stay below the broker's consumer timeout " +
                         $"({BrokerConsumerTimeout}); lower TotalTimeout or Redelivery:Intervals.");
        return problems;
    }
}

/// <summary>How the gateway proves who it is to AF: an API key header, a client certificate, or both.</summary>
public sealed class AfAuthenticationOptions
{
    public string ApiKeyHeader { get; set; } = "X-Api-Key";
    public string? ApiKey { get; set; }
    /// <summary>A PKCS#12 file with the client certificate and its key, for mutual TLS.</summary>
    public string? ClientCertificatePath { get; set; }
    public string? ClientCertificatePassword { get; set; }
}

/// <summary>Polly retries inside one delivery: jittered exponential backoff on transient failures only.</summary>
public sealed class AfRetryOptions
{
    public int MaxRetryAttempts { get; set; } = 3;
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>A 429's Retry-After is honoured up to this; longer waits are left to the next delivery.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);
}

public sealed class AfCircuitBreakerOptions
{
    /// <summary>Share of failed attempts (5xx, 408, timeouts, connection errors; not 429) in the sampling window that opens the circuit.</summary>
    public double FailureRatio { get; set; } = 0.5;
    public int MinimumThroughput { get; set; } = 20;
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>How long calls fail fast before one probe call is let through.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>MassTransit's in-process redelivery of a message whose call failed after its Polly retries. In-process
/// because the Debian broker has no delayed-exchange plugin; the message stays unacknowledged meanwhile.</summary>
public sealed class AfRedeliveryOptions
{
    public static readonly IReadOnlyList<TimeSpan> Default =
        [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(240)];

    /// <summary>Waits between deliveries (<c>Hub:AfGateway:Redelivery:Intervals:0</c> …); unset = <see cref="Default"/>.</summary>
    public TimeSpan[]? Intervals { get; set; }

    public IReadOnlyList<TimeSpan> EffectiveIntervals => Intervals is { Length: > 0 } set ? set : Default;
}

/// <summary>Conditional polling (If-None-Match) of forwarded cases whose AF status may still change.</summary>
public sealed class AfPollingOptions
{
    /// <summary>Time between polling rounds; zero turns polling off (the webhook alone then brings statuses).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);
    public int BatchSize { get; set; } = 50;
}

/// <summary>The webhook AF calls with statuses and decisions: HMAC-SHA256 over "timestamp.body" with a shared secret.</summary>
public sealed class AfWebhookOptions
{
    /// <summary>The shared secret; without it every webhook call is refused.</summary>
    public string? Secret { get; set; }
    /// <summary>How far a call's timestamp may be from now (replay protection).</summary>
    public TimeSpan Tolerance { get; set; } = TimeSpan.FromMinutes(5);
}

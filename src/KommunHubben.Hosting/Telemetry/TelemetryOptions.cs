namespace KommunHubben.Hosting.Telemetry;

/// <summary>
/// Configuration section <c>Hub:Telemetry</c>. Metrics are served for scraping (Prometheus text at <c>/metrics</c>);
/// nothing is ever sent anywhere unless <see cref="OtlpOptions.Endpoint"/> names a collector.
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = "Hub:Telemetry";

    public MetricsOptions Metrics { get; set; } = new();

    public OtlpOptions Otlp { get; set; } = new();
}

/// <summary>
/// Who may read <c>/metrics</c>. With <see cref="Port"/> set the host listens on that extra management port too, and
/// <c>/metrics</c> answers there and nowhere else (the management port answers nothing but <c>/metrics</c>).
/// Without it, <c>/metrics</c> answers on the host's own port only outside Production to loopback clients, or in any
/// environment to a scraper presenting <see cref="ScrapeToken"/>. A Production host with neither serves no metrics.
/// </summary>
public sealed class MetricsOptions
{
    /// <summary>Collect and serve metrics at all (default yes).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The management port for <c>/metrics</c> (0: none). Kept off the public ingress/Service.</summary>
    public int Port { get; set; }

    /// <summary>Where the management port listens: <c>127.0.0.1</c> (default: a scraper on the same machine) or
    /// <c>0.0.0.0</c> (a pod's IP, for Prometheus inside the cluster).</summary>
    public string Address { get; set; } = "127.0.0.1";

    /// <summary>When set, every scrape must send <c>Authorization: Bearer &lt;token&gt;</c> (401 otherwise).</summary>
    public string ScrapeToken { get; set; } = "";

    /// <summary>How often the queue-depth gauges ask the broker (a passive declare per queue).</summary>
    public TimeSpan QueueDepthInterval { get; set; } = TimeSpan.FromSeconds(15);
}

/// <summary>OTLP export of traces and metrics to a collector; off unless <see cref="Endpoint"/> is set.</summary>
public sealed class OtlpOptions
{
    /// <summary>The collector, e.g. <c>http://otel-collector:4317</c>. Empty (default): no export.</summary>
    public string Endpoint { get; set; } = "";

    /// <summary><c>Grpc</c> (default, port 4317) or <c>HttpProtobuf</c> (port 4318).</summary>
    public string Protocol { get; set; } = "Grpc";
}

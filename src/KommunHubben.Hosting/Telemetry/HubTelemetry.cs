using KommunHubben.Gateway.Resilience;
using KommunHubben.Messaging.Bus;
using KommunHubben.Workflow;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace KommunHubben.Hosting.Telemetry;

/// <summary>
/// OpenTelemetry for every hub host, wired once here: the hub's own meters (queue depths, case lead times, the AF
/// gateway's calls and circuit), MassTransit's meter and activity source, ASP.NET Core, HttpClient, Npgsql and the .NET
/// runtime. Metrics are pulled by Prometheus from <c>/metrics</c> (see <see cref="MetricsOptions"/> for who may);
/// traces and metrics are pushed only to an OTLP collector named in <c>Hub:Telemetry:Otlp:Endpoint</c>: by default
/// nothing leaves the process. No meter here tags with a case id, a person or a user; traces carry ids and codes only
/// (request paths with case ids, message ids), the query string is redacted by the instrumentation.
/// </summary>
public static class HubTelemetry
{
    public const string MetricsPath = "/metrics";

    public static void AddHubTelemetry(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(TelemetryOptions.Section);
        builder.Services.AddOptions<TelemetryOptions>().Bind(builder.Configuration.GetSection(TelemetryOptions.Section));
        var options = section.Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = string.IsNullOrWhiteSpace(options.Otlp.Endpoint) ? null : options.Otlp;
        if (!options.Metrics.Enabled && otlp is null) return;

        if (options.Metrics.Enabled && options.Metrics.Port > 0) AddManagementPort(builder.Configuration, options.Metrics);

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Environment.ApplicationName, serviceInstanceId: Environment.MachineName));

        if (builder.Configuration.GetSection(TransportOptions.Section).Get<TransportOptions>()?.Transport == TransportKind.RabbitMq)
        {
            builder.Services.AddSingleton<QueueDepthMetrics>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<QueueDepthMetrics>());
        }

        telemetry.WithMetrics(m =>
        {
            m.AddMeter(QueueDepthMetrics.MeterName, CaseLeadTimeMetrics.MeterName, AfGatewayMetrics.MeterName)
                .AddMeter("MassTransit")
                // .NET's own runtime meter (GC, heap, thread pool, exceptions) since .NET 9.
                .AddMeter("System.Runtime")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation();
            if (options.Metrics.Enabled) m.AddPrometheusExporter();
            if (otlp is not null) m.AddOtlpExporter(o => ConfigureOtlp(o, otlp));
        });

        // Traces are only worth making when someone collects them.
        if (otlp is not null)
            telemetry.WithTracing(t => t
                .AddSource("MassTransit")
                .AddAspNetCoreInstrumentation(o =>
                {
                    o.Filter = context => !context.Request.Path.StartsWithSegments("/health") && !context.Request.Path.StartsWithSegments(MetricsPath);
                    // The client's address and browser identify a person's device: not in our traces.
                    o.EnrichWithHttpRequest = (activity, _) => { activity.SetTag("client.address", null); activity.SetTag("user_agent.original", null); };
                })
                .AddHttpClientInstrumentation()
                // Statements with their parameter placeholders, never the parameters' values.
                .AddNpgsql()
                .AddOtlpExporter(o => ConfigureOtlp(o, otlp)));
    }

    private static void ConfigureOtlp(OtlpExporterOptions exporter, OtlpOptions options)
    {
        exporter.Endpoint = new Uri(options.Endpoint);
        exporter.Protocol = string.Equals(options.Protocol, nameof(OtlpExportProtocol.HttpProtobuf), StringComparison.OrdinalIgnoreCase)
            ? OtlpExportProtocol.HttpProtobuf
            : OtlpExportProtocol.Grpc;
    }

    /// <summary>
    /// Adds <c>http://{Address}:{Port}</c> to the addresses the host listens on, keeping the ones it has (its own
    /// <c>urls</c>, or ASP.NET Core's <c>http_ports</c>/default when none is set).
    /// </summary>
    private static void AddManagementPort(IConfigurationManager configuration, MetricsOptions metrics)
    {
        var urls = configuration[WebHostDefaults.ServerUrlsKey];
        if (string.IsNullOrWhiteSpace(urls))
            urls = configuration["http_ports"] is { Length: > 0 } ports
                ? string.Join(';', ports.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => $"http://*:{p.Trim()}"))
                : "http://localhost:5000";
        configuration[WebHostDefaults.ServerUrlsKey] = $"{urls};http://{metrics.Address}:{metrics.Port}";
    }

    /// <summary>
    /// Serves <c>/metrics</c> to those <see cref="MetricsAccess"/> lets in, and nothing else on the management port.
    /// First in the pipeline, so no other middleware (sign-in, rate limits, pages) sees a scrape.
    /// </summary>
    public static void UseHubMetrics(this WebApplication app)
    {
        var access = new MetricsAccess(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<TelemetryOptions>>().Value.Metrics, app.Environment);
        if (!access.Enabled) return;
        app.Use(next => async context =>
        {
            switch (access.Decide(context))
            {
                case MetricsDecision.NotHere:
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                case MetricsDecision.Unauthorized:
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    context.Response.Headers.WWWAuthenticate = "Bearer";
                    return;
                default:
                    await next(context);
                    return;
            }
        });
        app.UseOpenTelemetryPrometheusScrapingEndpoint(context => context.Request.Path == MetricsPath);
    }
}

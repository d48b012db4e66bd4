using Polly;
using System.Security.Cryptography.X509Certificates;
using KommunHubben.Gateway.Af;
using KommunHubben.Gateway.Forwarding;
using KommunHubben.Gateway.Health;
using KommunHubben.Gateway.JobTech;
using KommunHubben.Gateway.Options;
using KommunHubben.Gateway.Polling;
using KommunHubben.Gateway.Resilience;
using KommunHubben.Gateway.Webhooks;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Refit;

namespace KommunHubben.Gateway;

public static class GatewayServices
{
    /// <summary>
    /// What every hub process needs of the gateway: options, the webhook receiver, the JobTech occupation directory.
    /// With <paramref name="runGateway"/> also the AF client with its resilience pipeline, the poller and the health
    /// check; call <see cref="AddAfGatewayConsumers"/> inside AddHubMessaging in the same process.
    /// </summary>
    public static IServiceCollection AddAfGateway(this IServiceCollection services, IConfiguration configuration, bool runGateway)
    {
        services.AddOptions<AfGatewayOptions>()
            .Bind(configuration.GetSection(AfGatewayOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AfGatewayOptions>, AfGatewayOptionsValidator>();
        services.AddScoped<AfWebhookReceiver>();
        AddJobTech(services, configuration);
        if (!runGateway) return services;

        services.AddSingleton<AfGatewayMetrics>();
        services.AddSingleton<GatewayQueueDepth>();
        services.AddTransient<AfCallMetricsHandler>();
        services.AddTransient<AfApiKeyHandler>();
        services.AddScoped<AfCaseReader>();
        services.AddScoped<AfCallGuard>();
        services.AddHostedService<AfStatusPoller>();
        services.AddHealthChecks().AddCheck<AfGatewayHealthCheck>("af-gateway");

        // Handlers in order, outermost first: API key → resilience (timeouts, retry, breaker) → metrics (each attempt) → socket.
        var af = services.AddRefitGeneratedClient<IAfCasesApi>()
            .ConfigureHttpClient((sp, client) =>
            {
                var o = sp.GetRequiredService<IOptions<AfGatewayOptions>>().Value;
                client.BaseAddress = o.BaseAddress
                    ?? throw new InvalidOperationException($"{AfGatewayOptions.Section}:BaseAddress must be set where the AF gateway runs.");
                // The resilience pipeline owns the timeouts; HttpClient's own 100 s must not cut a call first.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(sp => PrimaryHandler(sp.GetRequiredService<IOptions<AfGatewayOptions>>().Value))
            .AddHttpMessageHandler<AfApiKeyHandler>();
        af.AddResilienceHandler(AfResilience.PipelineName, AfResilience.Configure);
        af.AddHttpMessageHandler<AfCallMetricsHandler>();
        return services;
    }

    public static void AddAfGatewayConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<AfIntakeConsumer, AfIntakeConsumerDefinition>();
        bus.AddConsumer<ForwardCaseToAfConsumer, ForwardCaseToAfConsumerDefinition>();
        bus.AddConsumer<SendSupplementToAfConsumer, SendSupplementToAfConsumerDefinition>();
        bus.AddConsumer<AcknowledgeAfStatusConsumer, AcknowledgeAfStatusConsumerDefinition>();
    }

    private static void AddJobTech(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobTechOptions>().Bind(configuration.GetSection(JobTechOptions.Section));
        services.AddMemoryCache();
        services.AddScoped<OccupationDirectory>();
        services.AddRefitGeneratedClient<IJobTechTaxonomyApi>()
            .ConfigureHttpClient((sp, client) =>
            {
                var o = sp.GetRequiredService<IOptions<JobTechOptions>>().Value;
                client.BaseAddress = o.BaseAddress;
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddResilienceHandler("jobtech", (pipeline, context) =>
            {
                // Short and forgiving: one retry, a breaker so a down JobTech is not asked on every lookup; the
                // directory's own timeout bounds the whole lookup and falls back to the shipped list.
                pipeline.AddRetry(new HttpRetryStrategyOptions { MaxRetryAttempts = 1, Delay = TimeSpan.FromMilliseconds(200) });
                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions { MinimumThroughput = 5, BreakDuration = TimeSpan.FromSeconds(30) });
                pipeline.AddTimeout(TimeSpan.FromSeconds(2));
            });
    }

    /// <summary>The socket handler, with the client certificate for mutual TLS when one is configured.</summary>
    private static HttpMessageHandler PrimaryHandler(AfGatewayOptions o)
    {
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), ConnectTimeout = o.AttemptTimeout };
        if (!string.IsNullOrEmpty(o.Authentication.ClientCertificatePath))
        {
            handler.SslOptions.ClientCertificates =
            [
                X509CertificateLoader.LoadPkcs12FromFile(o.Authentication.ClientCertificatePath, o.Authentication.ClientCertificatePassword),
            ];
        }
        return handler;
    }
}

/// <summary>Start-up check of <see cref="AfGatewayOptions"/> that names each broken rule.</summary>
public sealed class AfGatewayOptionsValidator : IValidateOptions<AfGatewayOptions>
{
    public ValidateOptionsResult Validate(string? name, AfGatewayOptions options) =>
        options.Validate() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}

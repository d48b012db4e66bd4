using KommunHubben.Application;
using KommunHubben.Email;
using KommunHubben.Gateway;
using KommunHubben.Hosting.Telemetry;
using KommunHubben.Messaging;
using KommunHubben.Persistence;
using KommunHubben.Reporting;
using KommunHubben.Workflow;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KommunHubben.Hosting;

public static class HubServiceDefaults
{
    /// <summary>
    /// Everything a hub process needs besides its own front door. <paramref name="forceWorkflow"/> is set by the
    /// worker host, which always runs the workflow; the API runs it only when Hub:RunWorkflow says so (embedded).
    /// <paramref name="forceGateway"/> likewise for the AF gateway worker and Hub:RunAfGateway.
    /// </summary>
    public static IHostApplicationBuilder AddHubServiceDefaults(this IHostApplicationBuilder builder, bool forceWorkflow = false, bool forceGateway = false)
    {
        ProductionGuard.Check(builder.Environment, builder.Configuration);
        builder.AddHubLoggingDefaults();

        var services = builder.Services;
        services.AddOptions<HubHostOptions>().Bind(builder.Configuration.GetSection(HubHostOptions.Section));
        var host = HubHostOptions.From(builder.Configuration);
        var runWorkflow = forceWorkflow || host.RunWorkflow;
        var runGateway = forceGateway || host.RunAfGateway;

        services.AddHubPersistence(builder.Configuration);
        // Before the bus: hosted services start in registration order, and the schema must exist first.
        services.AddHostedService<DatabaseStartup>();
        services.AddHubApplication(builder.Configuration);
        services.AddHubReporting(builder.Configuration);
        if (runWorkflow) services.AddWorkflow(builder.Configuration);
        // The mail worker runs with the workflow; the embedded default's demo mail server listens first.
        services.AddHubEmail(builder.Configuration, runWorker: runWorkflow);
        // Before the bus, so the in-process AF simulator (embedded default) listens before the first forwarding.
        InProcessAfSimulator.AddIfConfigured(builder);
        services.AddAfGateway(builder.Configuration, runGateway);
        services.AddSingleton(HubTopology.ConsumedMessageTypes());
        services.AddHubMessaging(builder.Configuration, bus =>
        {
            if (runWorkflow) WorkflowServices.AddWorkflowConsumers(bus);
            if (runGateway) GatewayServices.AddAfGatewayConsumers(bus);
        });
        services.AddHealthChecks().AddDbContextCheck<HubDbContext>("database");
        // Metrics for /metrics (the host calls app.UseHubMetrics()), OTLP export only when configured.
        builder.AddHubTelemetry();
        return builder;
    }
}

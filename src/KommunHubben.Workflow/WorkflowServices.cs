using KommunHubben.Workflow.Routing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace KommunHubben.Workflow;

public static class WorkflowServices
{
    /// <summary>The workflow's services; call <see cref="AddWorkflowConsumers"/> inside AddHubMessaging.</summary>
    public static IServiceCollection AddWorkflow(this IServiceCollection services)
    {
        services.AddScoped<OfficerLoadReader>();
        return services;
    }

    public static void AddWorkflowConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<RouteSubmittedCaseConsumer, RouteSubmittedCaseConsumerDefinition>();
    }
}
